// Twilio's usage records of each account: read after its calls and messages, kept per UTC day
// (and per month before the daily window), for the spend dashboard and the completeness check.
export { consecutiveRuns, usageDay, type DayRange } from "./days";
export {
  importUsage,
  readUsage,
  USAGE_TRAILING_DAYS,
  type UsageImport,
  type UsageImportOptions,
  type UsageTarget,
} from "./import-usage";
export { replaceUsage } from "./store-usage";
