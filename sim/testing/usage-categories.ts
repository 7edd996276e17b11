/**
 * The simulator's top-level usage categories: what its `totalprice` adds up, none holding another.
 * Written out here rather than taken from sim/data, so tests that sum them check the simulator's
 * hierarchy instead of repeating it.
 */
export const TOP_LEVEL_CATEGORIES = [
  "calls",
  "calls-client",
  "calls-sip",
  "sms",
  "mms",
  "channels-whatsapp",
  "phonenumbers",
  "recordings",
  "recordingstorage",
  "lookups",
] as const;
