import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MessageInstance } from "twilio/lib/rest/api/v2010/account/message";
import { countryOfNumber, formatPrice, type CountryCode } from "../data/countries";
import { allMessages, startTestSim, type TestSim } from "./helpers";

let t: TestSim;
let messages: MessageInstance[];

beforeAll(async () => {
  t = await startTestSim();
  const user = await t.control.createUser({
    name: "Bulk Sender",
    email: "bulk@example.com",
    country: "US",
    calls: 0,
    messages: 50_000,
    historyDays: 60,
  });
  const client = t.client(await t.connect("bulk@example.com"));
  messages = await allMessages(client, user.ownerAccountSid);
}, 60_000);
afterAll(() => t.sim.close());

/** The longest a message takes from creation to its price: sending, the receipt, the pricing. */
const PRICE_DELAY_MS = 5 * 60_000;
const FAILED_CODES = [30007, 30008, 21610, 21614, 21211, 21408, 63016];
const UNDELIVERED_CODES = [30003, 30005, 30006, 30032, 30034];

const channelOf = (m: MessageInstance) =>
  m.from.startsWith("whatsapp:") ? "whatsapp" : Number(m.numMedia) > 0 ? "mms" : "sms";
const outbound = (m: MessageInstance) => m.direction !== "inbound";
/** The other party's number, without a channel prefix. */
const contactOf = (m: MessageInstance) => (outbound(m) ? m.to : m.from).replace(/^whatsapp:/, "");
const countryOf = (m: MessageInstance): CountryCode => countryOfNumber(contactOf(m)).iso;
const share = (of: MessageInstance[], where: (m: MessageInstance) => boolean) => of.filter(where).length / of.length;
const deliveredOrRead = (m: MessageInstance) => m.status === "delivered" || m.status === "read";

function tally<K>(of: MessageInstance[], key: (m: MessageInstance) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const m of of) counts.set(key(m), (counts.get(key(m)) ?? 0) + 1);
  return counts;
}

describe("a large account's messages mix channels, outcomes and errors as Twilio's do", () => {
  it("sends 10-15% over WhatsApp, between whatsapp: addresses on both sides, and a few MMS", () => {
    expect(messages).toHaveLength(50_000);
    const whatsapp = messages.filter((m) => channelOf(m) === "whatsapp");
    expect(whatsapp.length / messages.length).toBeGreaterThanOrEqual(0.1);
    expect(whatsapp.length / messages.length).toBeLessThanOrEqual(0.15);
    for (const m of whatsapp) {
      expect(m.from).toMatch(/^whatsapp:\+[1-9]\d{6,14}$/);
      expect(m.to).toMatch(/^whatsapp:\+[1-9]\d{6,14}$/);
      expect([m.sid.slice(0, 2), m.numMedia, m.numSegments]).toEqual(["SM", "0", "1"]);
    }
    for (const m of messages.filter((m) => channelOf(m) !== "whatsapp")) {
      expect(m.from).toMatch(/^\+[1-9]\d{6,14}$/);
      expect(m.to).toMatch(/^\+[1-9]\d{6,14}$/);
    }
    const mms = messages.filter((m) => channelOf(m) === "mms");
    expect(mms.length / messages.length).toBeGreaterThan(0.02);
    for (const m of mms) {
      expect(m.sid.slice(0, 2)).toBe("MM");
      expect(Number(m.numMedia)).toBeGreaterThanOrEqual(1);
      // Twilio carries MMS in North America only.
      expect(["US", "CA"]).toContain(countryOf(m));
      expect(["US", "CA"]).toContain(countryOfNumber((outbound(m) ? m.from : m.to).replace(/^whatsapp:/, "")).iso);
    }
    expect(messages.filter((m) => channelOf(m) === "sms").every((m) => m.sid.startsWith("SM"))).toBe(true);
  });

  it("delivers by destination: ~96% of SMS to the US, noticeably fewer to Brazil and India with more filtering", () => {
    const sms = messages.filter((m) => outbound(m) && channelOf(m) === "sms");
    const to = (iso: CountryCode) => sms.filter((m) => countryOf(m) === iso);
    const filtered = (m: MessageInstance) => m.errorCode === 30007;
    const us = to("US");
    expect(us.length).toBeGreaterThan(5000);
    expect(share(us, deliveredOrRead)).toBeGreaterThanOrEqual(0.94);
    expect(share(us, deliveredOrRead)).toBeLessThanOrEqual(0.975);
    for (const iso of ["BR", "IN"] as const) {
      const there = to(iso);
      expect(there.length).toBeGreaterThan(300);
      expect(share(there, deliveredOrRead)).toBeLessThan(share(us, deliveredOrRead) - 0.05);
      expect(share(there, filtered)).toBeGreaterThan(3 * share(us, filtered));
    }
    // Without a carrier receipt a message stays sent: about 2% of them.
    expect(share(sms, (m) => m.status === "sent")).toBeGreaterThan(0.01);
    expect(share(sms, (m) => m.status === "sent")).toBeLessThan(0.03);
  });

  it("delivers ~98% of WhatsApp messages, ~60% of them read later; MMS a little less than SMS", () => {
    const whatsapp = messages.filter((m) => outbound(m) && channelOf(m) === "whatsapp");
    expect(share(whatsapp, deliveredOrRead)).toBeGreaterThanOrEqual(0.96);
    expect(share(whatsapp, deliveredOrRead)).toBeLessThanOrEqual(0.99);
    const delivered = whatsapp.filter(deliveredOrRead);
    expect(share(delivered, (m) => m.status === "read")).toBeGreaterThan(0.54);
    expect(share(delivered, (m) => m.status === "read")).toBeLessThan(0.66);
    expect(messages.filter((m) => m.status === "read").every((m) => channelOf(m) === "whatsapp")).toBe(true);
    const mms = messages.filter((m) => outbound(m) && channelOf(m) === "mms");
    expect(share(mms, deliveredOrRead)).toBeGreaterThan(0.9);
    expect(share(mms, deliveredOrRead)).toBeLessThan(0.97);
    expect(messages.filter((m) => !outbound(m)).every((m) => m.status === "received")).toBe(true);
  });

  it("gives failed and undelivered messages an error code of their kind, with its description", () => {
    for (const m of messages) {
      expect(m.errorMessage === null).toBe(m.errorCode === null);
      if (m.status === "failed") expect(FAILED_CODES).toContain(m.errorCode);
      else if (m.status === "undelivered") expect(UNDELIVERED_CODES).toContain(m.errorCode);
      else expect(m.errorCode).toBeNull();
      // WhatsApp outside its 24-hour window; A2P 10DLC registration only in the US; region permissions abroad only.
      if (m.errorCode === 63016) expect(channelOf(m)).toBe("whatsapp");
      if (channelOf(m) === "whatsapp" && m.status === "failed") expect(m.errorCode).toBe(63016);
      if (m.errorCode === 30034) expect(countryOf(m)).toBe("US");
      if (m.errorCode === 21408) expect(countryOf(m)).not.toBe("US");
    }
    const undelivered = tally(
      messages.filter((m) => m.status === "undelivered"),
      (m) => m.errorCode,
    );
    const [mostCommon] = [...undelivered].sort((a, b) => b[1] - a[1])[0] ?? [];
    expect(mostCommon).toBe(30003);
    const codes = new Set(messages.map((m) => m.errorCode).filter((code) => code !== null));
    expect([...codes].sort()).toEqual([...FAILED_CODES, ...UNDELIVERED_CODES].sort());
  });

  it("prices SMS per segment by destination, MMS and WhatsApp per message, and never a failed message", async () => {
    const expected = (m: MessageInstance): number => {
      const destination = countryOfNumber(contactOf(m));
      const segments = Number(m.numSegments);
      if (!outbound(m)) return { sms: 0.0079 * segments, mms: 0.0165, whatsapp: 0.005 }[channelOf(m)];
      return {
        sms: destination.smsPerSegment * segments,
        mms: destination.mmsPerMessage ?? NaN,
        whatsapp: destination.whatsappPerMessage,
      }[channelOf(m)];
    };
    // Twilio prices a message a minute or two after it settles: the newest ones may have no price yet.
    const now = Date.parse((await t.control.state()).now);
    for (const m of messages) {
      if (m.status === "failed") expect(m.price).toBeNull();
      else if (m.price === null) expect(now - m.dateCreated.getTime()).toBeLessThan(PRICE_DELAY_MS);
      else expect([m.sid, m.price]).toEqual([m.sid, formatPrice(expected(m))]);
      expect(m.priceUnit).toBe("USD");
    }
    const price = (where: (m: MessageInstance) => boolean) => messages.find((m) => where(m) && m.price)?.price;
    expect(price((m) => channelOf(m) === "sms" && outbound(m) && countryOf(m) === "US" && m.numSegments === "1")).toBe(
      "-0.00790",
    );
    expect(price((m) => channelOf(m) === "sms" && outbound(m) && countryOf(m) === "GB" && m.numSegments === "2")).toBe(
      "-0.10480",
    );
    expect(price((m) => channelOf(m) === "mms" && outbound(m) && countryOf(m) === "US")).toBe("-0.02000");
    expect(price((m) => channelOf(m) === "whatsapp" && outbound(m) && countryOf(m) === "US")).toBe("-0.00500");
  });

  it("counts segments from the body: 1 to 3, GSM-7 and UCS-2 alike", () => {
    const sms = messages.filter((m) => channelOf(m) === "sms");
    expect([...tally(sms, (m) => m.numSegments).keys()].sort()).toEqual(["1", "2", "3"]);
    const ucs2 = sms.filter((m) => /\p{Extended_Pictographic}|\p{Script=Cyrillic}/u.test(m.body));
    expect(ucs2.length).toBeGreaterThan(0);
    expect(ucs2.some((m) => m.numSegments === "2")).toBe(true);
    // Every channel other than SMS is one segment, whatever the length.
    expect(messages.filter((m) => channelOf(m) !== "sms").every((m) => m.numSegments === "1")).toBe(true);
  });
});
