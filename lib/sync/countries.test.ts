import { describe, expect, it } from "vitest";
import { countryOf } from "./countries";

describe("countryOf", () => {
  it("takes the longest matching calling code", () => {
    expect(countryOf("+14155550100")).toBe("US");
    expect(countryOf("+14165550100")).toBe("CA");
    expect(countryOf("+18765550100")).toBe("JM");
    expect(countryOf("+442079460000")).toBe("GB");
    expect(countryOf("+353861234567")).toBe("IE");
    expect(countryOf("+5511987654321")).toBe("BR");
  });

  it("gives no country for what is not an E.164 number, or an unknown code", () => {
    for (const value of ["client:alice", "sip:bob@example.com", "4155550100", "", null, undefined, "+999123456789"]) {
      expect(countryOf(value)).toBeNull();
    }
  });
});
