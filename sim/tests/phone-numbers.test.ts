import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { describe, expect, it } from "vitest";
import { contactNumber, COUNTRY_CODES, country, phoneNumber } from "../data/countries";
import { rng } from "../lib/hash";

const DRAWS = 2_000;
const typeOf = (number: string) => {
  const parsed = parsePhoneNumberFromString(number);
  return { country: parsed?.country, type: parsed?.getType() };
};

// Checked against libphonenumber's metadata, as the app reads them: real numbers of their country.
describe.each(COUNTRY_CODES)("numbers of %s", (iso) => {
  const home = country(iso);

  it("gives the account local (geographic) numbers", () => {
    const r = rng(1, 0);
    for (let i = 0; i < 200; i += 1) {
      expect(typeOf(phoneNumber(home, r))).toEqual({
        country: iso,
        type: home.mobile ? "FIXED_LINE" : "FIXED_LINE_OR_MOBILE",
      });
    }
  });

  it("has people on mobiles and landlines in the country's shares", () => {
    const r = rng(2, 0);
    const counts = new Map<string, number>();
    for (let i = 0; i < DRAWS; i += 1) {
      const { country: found, type = "INVALID" } = typeOf(contactNumber(home, r));
      expect(found).toBe(iso);
      counts.set(type, (counts.get(type) ?? 0) + 1);
    }
    const share = (type: string) => (counts.get(type) ?? 0) / DRAWS;
    if (home.mobile) {
      expect([...counts.keys()].sort()).toEqual(["FIXED_LINE", "MOBILE"]);
      expect(share("MOBILE")).toBeCloseTo(home.mobileShare, 1);
    } else {
      // North American numbers do not tell mobiles from landlines; toll-free lines they do.
      expect(share("FIXED_LINE_OR_MOBILE")).toBeGreaterThan(0.9);
      expect(counts.has("TOLL_FREE")).toBe(home.tollFree !== null);
    }
  });
});
