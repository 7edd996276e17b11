import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type twilio from "twilio";
import { startTestSim, type TestSim } from "./helpers";

let t: TestSim;
let client: twilio.Twilio;
let owner: string;

beforeAll(async () => {
  t = await startTestSim();
  owner = (await t.control.createUser({ name: "Segments", email: "segments@example.com", calls: 0 })).ownerAccountSid;
  client = t.client(await t.connect("segments@example.com"));
});
afterAll(() => t.sim.close());

/** num_segments of an SMS (or another channel) with `body`, as the API lists it. */
async function segmentsOf(body: string, channel: "sms" | "mms" | "whatsapp" = "sms"): Promise<string> {
  const { messages } = await t.control.addMessages(owner, {
    messages: [{ body, channel, status: "delivered", to: "+14155550100", from: "+12125550100" }],
  });
  return (
    await client.api.v2010
      .accounts(owner)
      .messages(messages[0]?.sid ?? "")
      .fetch()
  ).numSegments;
}

describe("num_segments follows the body, as carriers split it", () => {
  it.each([
    ["160 GSM-7 characters fit one segment", "a".repeat(160), "1"],
    ["161 take two: 153 a part once concatenated", "a".repeat(161), "2"],
    ["306 still two", "a".repeat(306), "2"],
    ["307 take three", "a".repeat(307), "3"],
    [
      "GSM-7 accents (é, ü, à, Ñ) stay one septet",
      "é".repeat(40) + "ü".repeat(40) + "à".repeat(40) + "Ñ".repeat(40),
      "1",
    ],
    ["the extension table (€, [, ]) takes two septets", "€".repeat(80), "1"],
    ["81 euro signs are 162 septets: two segments", "€".repeat(81), "2"],
    ["one character outside GSM-7 makes it UCS-2: 70 fit one segment", "ô".repeat(70), "1"],
    ["71 UCS-2 characters take two: 67 a part", "ô".repeat(71), "2"],
    ["Cyrillic is UCS-2", "д".repeat(134), "2"],
    ["135 Cyrillic characters take three", "д".repeat(135), "3"],
    ["an emoji takes two UTF-16 units: 35 fit one segment", "😀".repeat(35), "1"],
    ["36 emoji take two", "😀".repeat(36), "2"],
    ["a single emoji turns a 100-character GSM-7 body into two UCS-2 segments", `${"a".repeat(99)}🎉`, "2"],
  ])("%s", async (_, body, segments) => {
    expect(await segmentsOf(body)).toBe(segments);
  });

  it("MMS and WhatsApp messages are one segment whatever their length", async () => {
    expect(await segmentsOf("a".repeat(500), "mms")).toBe("1");
    expect(await segmentsOf("😀".repeat(200), "whatsapp")).toBe("1");
  });
});
