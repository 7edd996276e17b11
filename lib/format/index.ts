// How every page writes numbers, money, durations, dates and times: one locale, one clock style,
// in the time zone the viewer chose.
export {
  formatCallDuration,
  formatCompact,
  formatCost,
  formatCurrency,
  formatDuration,
  formatDurationCompact,
  formatNumber,
  formatPercent,
  formatSigned,
  formatValue,
  type FormatOptions,
  type ValueFormat,
} from "./numbers";
export { formatBucket, formatClock, formatDateTime, formatInstant } from "./dates";
