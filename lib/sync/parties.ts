import { parsePhoneNumberFromString, type NumberType as PhoneNumberType } from "libphonenumber-js/max";
import type { NumberType } from "@/lib/domain";

/** One end of a call: its country (ISO 3166-1 alpha-2, null when none can be told) and its type. */
export type Party = { country: string | null; type: NumberType };

const PHONE_TYPES: Record<NonNullable<PhoneNumberType>, NumberType> = {
  MOBILE: "mobile",
  FIXED_LINE: "fixed-line",
  FIXED_LINE_OR_MOBILE: "fixed-line-or-mobile",
  TOLL_FREE: "toll-free",
  PREMIUM_RATE: "premium-rate",
  SHARED_COST: "shared-cost",
  VOIP: "voip",
  PERSONAL_NUMBER: "personal",
  PAGER: "pager",
  UAN: "uan",
  VOICEMAIL: "voicemail",
};

const UNKNOWN: Party = { country: null, type: "unknown" };
const CLIENT: Party = { country: null, type: "client" };
const WITHHELD_PARTY: Party = { country: null, type: "withheld" };

// A withheld caller ID reaches Twilio as a word, or as that word spelled on a keypad (ANONYMOUS
// is +266696687), which would otherwise read as a number in Lesotho.
const WITHHELD = new Set(
  ["anonymous", "restricted", "unavailable", "blocked", "private", "unknown"].flatMap((word) => [word, keypad(word)]),
);

function keypad(word: string): string {
  const keys = ["abc", "def", "ghi", "jkl", "mno", "pqrs", "tuv", "wxyz"];
  return [...word].map((letter) => String(2 + keys.findIndex((letters) => letters.includes(letter)))).join("");
}

/**
 * An E.164 number's country and type from its numbering plan (libphonenumber's metadata). A number
 * the plan does not hold gets no country rather than a guess from its calling code.
 */
function phoneParty(number: string, type?: NumberType): Party {
  if (!/^\+\d{6,15}$/.test(number)) return type ? { country: null, type } : UNKNOWN;
  const parsed = parsePhoneNumberFromString(number);
  const phoneType = parsed?.getType();
  return {
    country: (phoneType && parsed?.country) || null,
    type: type ?? (phoneType ? PHONE_TYPES[phoneType] : "unknown"),
  };
}

function classify(endpoint: string): Party {
  const [, scheme = "", address = ""] = /^([a-z]+):(.*)$/i.exec(endpoint) ?? [];
  switch (scheme.toLowerCase()) {
    case "":
      return WITHHELD.has(endpoint.replace(/^\+/, "").toLowerCase()) ? WITHHELD_PARTY : phoneParty(endpoint);
    case "client":
      return CLIENT;
    // A SIP address whose user part is a phone number (sip:+14155550100@trunk.example.com) has its country.
    case "sip":
      return phoneParty(/^[^@;]*/.exec(address)?.[0] ?? "", "sip");
    case "whatsapp":
      return phoneParty(address, "whatsapp");
    default:
      return UNKNOWN;
  }
}

// Callers and callees repeat (regulars, an account's own numbers), and a number's metadata lookup
// costs a hundred times a map lookup: each distinct number is classified once. Clearing when full
// bounds the memory an import of many one-off numbers can take.
const parties = new Map<string, Party>();
const PARTIES_CACHE_SIZE = 50_000;

/** The country and type of a call's `from` or `to` as Twilio reports it. */
export function partyOf(endpoint: string): Party {
  let party = parties.get(endpoint);
  if (!party) {
    if (parties.size >= PARTIES_CACHE_SIZE) parties.clear();
    party = classify(endpoint);
    parties.set(endpoint, party);
  }
  return party;
}
