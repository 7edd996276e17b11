// The completeness check: each account's imported calls and messages against Twilio's usage
// records, per settled UTC day, with the days that differ imported again; and what the dashboard
// reads of it.
export { checkAccount, type CheckOptions, type CheckTarget } from "./check-account";
export { agrees } from "./compare";
export type { DayFigures, Figures } from "./figures";
export {
  getCompletenessCounts,
  getMismatchedDays,
  getVerifiedThrough,
  type CompletenessCounts,
  type CompletenessScope,
  type MismatchedDay,
} from "./readers";
export { SETTLE_MS, usageWindow, type UsageWindow } from "./settled";
