import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import * as wire from "./twilio-schemas";

// The spec subset lives beside the repository (../shared), present in CI but not in a fresh clone.
const SPEC_PATH = fileURLToPath(new URL("../../../shared/twilio-oai/api_v2010_subset.json", import.meta.url));
const hasSpec = existsSync(SPEC_PATH);
if (!hasSpec) console.warn(`[sim] skipping the OpenAPI comparison: ${SPEC_PATH} not found`);

const objectSchema = z.looseObject({ properties: z.record(z.string(), z.unknown()) });
const enumSchema = z.looseObject({ enum: z.array(z.string()) });
const specSchema = z.looseObject({
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()) }),
  paths: z.record(z.string(), z.looseObject({ get: z.looseObject({ responses: z.record(z.string(), z.unknown()) }) })),
});

function loadSpec() {
  const spec = specSchema.parse(JSON.parse(readFileSync(SPEC_PATH, "utf-8")));
  const component = (name: string) => spec.components.schemas[name];
  const listEnvelope = (path: string) => {
    const ok = z
      .looseObject({ content: z.looseObject({ "application/json": z.looseObject({ schema: objectSchema }) }) })
      .parse(spec.paths[path]?.get.responses["200"]);
    return Object.keys(ok.content["application/json"].schema.properties).sort();
  };
  return {
    properties: (name: string) => Object.keys(objectSchema.parse(component(name)).properties).sort(),
    enumValues: (name: string) => enumSchema.parse(component(name)).enum,
    listEnvelope,
  };
}

const keys = (schema: { shape: object }) => Object.keys(schema.shape).sort();

describe.skipIf(!hasSpec)(
  `zod schemas agree with ${hasSpec ? "the twilio-oai subset" : "twilio-oai (skipped: spec file not found)"}`,
  () => {
    it("has the same fields for Call, Message, Account and usage records", () => {
      const spec = loadSpec();
      expect(keys(wire.callSchema)).toEqual(spec.properties("api.v2010.account.call"));
      expect(keys(wire.messageSchema)).toEqual(spec.properties("api.v2010.account.message"));
      expect(keys(wire.accountSchema)).toEqual(spec.properties("api.v2010.account"));
      for (const period of ["daily", "monthly"]) {
        const name = `api.v2010.account.usage.usage_record.usage_record_${period}`;
        expect(keys(wire.usageRecordSchema)).toEqual(spec.properties(name));
      }
    });

    it("has the same list envelopes", () => {
      const spec = loadSpec();
      expect(keys(wire.listCallResponse)).toEqual(spec.listEnvelope("/2010-04-01/Accounts/{AccountSid}/Calls.json"));
      expect(keys(wire.listMessageResponse)).toEqual(
        spec.listEnvelope("/2010-04-01/Accounts/{AccountSid}/Messages.json"),
      );
      expect(keys(wire.listAccountResponse)).toEqual(spec.listEnvelope("/2010-04-01/Accounts.json"));
      for (const list of ["Daily", "Monthly"]) {
        const path = `/2010-04-01/Accounts/{AccountSid}/Usage/Records/${list}.json`;
        expect(keys(wire.listUsageResponse)).toEqual(spec.listEnvelope(path));
      }
    });

    it("has the same enums", () => {
      const spec = loadSpec();
      expect([...wire.CALL_STATUS]).toEqual(spec.enumValues("call_enum_status"));
      expect([...wire.MESSAGE_STATUS]).toEqual(spec.enumValues("message_enum_status"));
      expect([...wire.MESSAGE_DIRECTION]).toEqual(spec.enumValues("message_enum_direction"));
      expect([...wire.ACCOUNT_STATUS]).toEqual(spec.enumValues("account_enum_status"));
      expect([...wire.ACCOUNT_TYPE]).toEqual(spec.enumValues("account_enum_type"));
    });
  },
);
