import { contactNumber, COUNTRY_CODES, country, phoneNumber, type Country, type CountryCode } from "./countries";
import { hashString, hex32, pick, rng, type Rand } from "../lib/hash";

export interface TwilioNumber {
  e164: string;
  sid: string;
}

/** What every generated record of one account draws from: its numbers and its callers. */
export interface AccountProfile {
  key: number;
  home: Country;
  timeZone: string;
  numbers: readonly TwilioNumber[];
  /** The business line that carrier-forwards some calls to Twilio (`forwarded_from`). */
  forwardingNumber: string;
  contact(r: Rand): string;
}

// A pool of regulars makes To/From filters and "top callers" return more than one call.
const REGULARS = 150;
const REGULAR_SHARE = 0.7;
const HOME_SHARE = 0.7;

export function buildProfile(seed: number, accountSid: string, home: CountryCode, timeZone: string): AccountProfile {
  const key = hashString(`${seed}:${accountSid}`);
  const homeCountry = country(home);
  const numberRand = rng(key, -1);
  const numberCount = 1 + Math.floor(numberRand() * 3);
  const numbers = Array.from({ length: numberCount }, (_, n) => ({
    e164: phoneNumber(homeCountry, numberRand),
    sid: `PN${hex32(seed, accountSid, "number", n)}`,
  }));
  const forwardingNumber = phoneNumber(homeCountry, numberRand);
  const destination = (r: Rand): Country => (r() < HOME_SHARE ? homeCountry : country(pick(r(), COUNTRY_CODES)));
  const contact = (r: Rand): string => {
    if (r() < REGULAR_SHARE) {
      const regular = rng(key ^ 0x5eed, Math.floor(r() ** 2 * REGULARS));
      return contactNumber(destination(regular), regular);
    }
    return contactNumber(destination(r), r);
  };
  return { key, home: homeCountry, timeZone, numbers, forwardingNumber, contact };
}
