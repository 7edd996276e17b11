// The summary tables (hourly call and message stats, daily message breakdowns, monthly call and
// message-number stats) and the record of what they count: rebuilt as imports read windows of
// records, read by the dashboards where they give the exact answer.
export { rebuildStats } from "./hourly-stats";
export { rebuildStaleMonths } from "./monthly-numbers";
export { CALL_STATS, identifier, isInboundMessage, MESSAGE_STATS, RECORD_STATS, type RecordStats } from "./records";
export { rebuildAllMonthlyStats } from "./monthly-stats";
export { forgetStatsBefore } from "./retention";
export { monthlyStatsTracker, type ImportWindow } from "./monthly-stats-tracker";
export { MonthlyRebuilds } from "./month-rebuilds";
export { BREAKDOWN_KEYS, isInbound, type BreakdownKind } from "./breakdown-keys";
export { DURATION_BINS } from "./duration-bins";
export {
  breakdownStatRows,
  countedMonths,
  dailyBreakdownRows,
  hourlyStatRows,
  monthlyBreakdownRows,
  numberHourRows,
  numberStatRows,
  rolledUpCounts,
  staleMonths,
  type HourSplit,
} from "./readers";
