import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ownValue, parseParams, readPageParams, singleValues } from "./index";

const PROTOTYPE_NAMES = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty"];

describe("singleValues", () => {
  it("keeps one value per name and lists the names given more than once", () => {
    const { values, repeated } = singleValues(new URLSearchParams("a=1&b=2&a=3&c="));
    expect({ ...values }).toEqual({ b: "2", c: "" });
    expect(repeated).toEqual(["a"]);
    expect(singleValues({ a: ["1", "2"], b: "x", c: undefined }).repeated).toEqual(["a"]);
  });

  it.each(PROTOTYPE_NAMES)("treats %s as a plain name", (name) => {
    const { values } = singleValues(new URLSearchParams(`${name}=x`));
    expect(Object.getPrototypeOf(values)).toBeNull();
    expect(values[name]).toBe("x");
    expect(singleValues(new URLSearchParams("")).values[name]).toBeUndefined();
  });
});

describe("parseParams", () => {
  const schema = z.object({ AccountSid: z.string(), state: z.string().optional() });

  it("refuses a repeated name instead of letting one copy win", () => {
    const parsed = parseParams(schema, new URLSearchParams("AccountSid=junk&AccountSid=ACgood&state=s"));
    expect(parsed).toEqual({ success: false, message: "AccountSid: is given more than once" });
  });

  it("reads forms alike", () => {
    const form = new FormData();
    form.append("AccountSid", "AC1");
    expect(parseParams(schema, form)).toEqual({ success: true, data: { AccountSid: "AC1" } });
    form.append("AccountSid", "AC2");
    expect(parseParams(schema, form).success).toBe(false);
  });

  it("says which field failed", () => {
    expect(parseParams(schema, new URLSearchParams("state=1"))).toMatchObject({
      success: false,
      message: expect.stringMatching(/^AccountSid: /),
    });
  });
});

describe("readPageParams", () => {
  it("falls back field by field and lists what was repeated", () => {
    const schema = z.object({ notice: z.enum(["done"]).optional().catch(undefined) });
    expect(readPageParams(schema, { notice: "constructor" }).data).toEqual({ notice: undefined });
    expect(readPageParams(schema, { notice: ["done", "done"] })).toEqual({ data: {}, repeated: ["notice"] });
  });
});

describe("ownValue", () => {
  const table = { disconnected: "Disconnected." };
  it.each(PROTOTYPE_NAMES)("finds nothing for %s", (name) => {
    expect(ownValue(table, name)).toBeUndefined();
  });
  it("finds the table's own keys, and nothing for what is not a string", () => {
    expect(ownValue(table, "disconnected")).toBe("Disconnected.");
    expect(ownValue(table, ["disconnected"])).toBeUndefined();
  });
});
