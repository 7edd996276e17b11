// The summary tables (hourly and monthly call stats) and the record of what they count: rebuilt
// as imports read windows of calls, read by the dashboards where they give the exact answer.
export { rebuildHourlyStats } from "./hourly-stats";
export { rebuildAllMonthlyStats } from "./monthly-stats";
export { monthlyStatsTracker, type ImportWindow } from "./monthly-stats-tracker";
export { MonthlyRebuilds } from "./month-rebuilds";
export { BREAKDOWN_KEYS, isInbound, type BreakdownKind } from "./breakdown-keys";
export { DURATION_BINS } from "./duration-bins";
export {
  breakdownStatRows,
  countedMonths,
  hourlyStatRows,
  numberStatRows,
  rolledUpCallCounts,
  type HourSplit,
} from "./readers";
