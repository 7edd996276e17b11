import { describe, expect, it } from "vitest";
import { partyOf } from "./parties";

describe("partyOf", () => {
  it("tells a number's country and type from its numbering plan", () => {
    expect(partyOf("+442079460000")).toEqual({ country: "GB", type: "fixed-line" });
    expect(partyOf("+447400123456")).toEqual({ country: "GB", type: "mobile" });
    expect(partyOf("+4915112345678")).toEqual({ country: "DE", type: "mobile" });
    expect(partyOf("+33142868200")).toEqual({ country: "FR", type: "fixed-line" });
    expect(partyOf("+5511987654321")).toEqual({ country: "BR", type: "mobile" });
    expect(partyOf("+18005550100")).toEqual({ country: "US", type: "toll-free" });
    expect(partyOf("+19005550100")).toEqual({ country: "US", type: "premium-rate" });
    expect(partyOf("+441481712345")).toEqual({ country: "GG", type: "fixed-line" });
  });

  it("says North American numbers may be either, as their numbering plan does", () => {
    expect(partyOf("+14155550100")).toEqual({ country: "US", type: "fixed-line-or-mobile" });
    expect(partyOf("+14165550100")).toEqual({ country: "CA", type: "fixed-line-or-mobile" });
    // Jamaica shares the +1 calling code, and its plan does tell them apart.
    expect(partyOf("+18765550100")).toEqual({ country: "JM", type: "mobile" });
  });

  it("names Twilio's endpoints that are not phone numbers", () => {
    expect(partyOf("client:alice")).toEqual({ country: null, type: "client" });
    expect(partyOf("sip:bob@example.com")).toEqual({ country: null, type: "sip" });
    expect(partyOf("sip:+33142868200@trunk.example.com;transport=tls")).toEqual({ country: "FR", type: "sip" });
    expect(partyOf("whatsapp:+447400123456")).toEqual({ country: "GB", type: "whatsapp" });
    expect(partyOf("WhatsApp:not-a-number")).toEqual({ country: null, type: "whatsapp" });
  });

  it("knows a withheld caller ID, as a word or as Twilio spells it in digits", () => {
    for (const value of [
      "Anonymous",
      "RESTRICTED",
      "unavailable",
      "+266696687",
      "+7378742833",
      "+86282452253",
      "2562533",
    ]) {
      expect(partyOf(value)).toEqual({ country: null, type: "withheld" });
    }
  });

  it("gives no country rather than a guess for what no numbering plan holds", () => {
    for (const value of ["4155550100", "", "+999123456789", "+447700900123", "+5551234", "tel:+14155550100"]) {
      expect(partyOf(value)).toEqual({ country: null, type: "unknown" });
    }
  });

  it("classifies each number once, answering a repeat from memory", () => {
    expect(partyOf("+61412345678")).toBe(partyOf("+61412345678"));
  });
});
