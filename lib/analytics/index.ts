// The dashboard's queries: one per aggregate, each returning chart-ready rows. Callers pass a
// connection id obtained through the ownership-checked getConnection(userId, id).
export { toAnalyticsQuery, toMessageQuery, type AnalyticsQuery, type CurrencyAmount, type MessageQuery } from "./types";
export { getKpis, type Kpis, type KpiTotals } from "./get-kpis";
export { getCallVolume, type CallVolume, type CallVolumeRow } from "./get-call-volume";
export { getDirectionSplit, type DirectionSplitRow } from "./get-direction-split";
export { getDurationDistribution, type DurationBin } from "./get-duration-distribution";
export { getCostOverTime, type CostOverTime, type CostRow } from "./get-cost-over-time";
export { getBusiestHours, type BusyHourCell } from "./get-busiest-hours";
export { getTopNumbers, type TopNumberRow, type TopNumbers } from "./get-top-numbers";
export { getCountries, type CountryRow } from "./get-countries";
export { getNumberTypes, type NumberTypeRow } from "./get-number-types";
export { getAnsweredBy, type AnsweredByRow } from "./get-answered-by";
export { CALL_LOG, getCallLog, type CallLogPage, type CallLogRow } from "./get-call-log";
export { getCallDetail, type CallDetail, type CallDetailRow } from "./get-call-detail";
export { getRecentCalls, type RecentCalls } from "./get-recent-calls";
export { streamCallsCsv, streamMessagesCsv } from "./stream-log-csv";
export { countMessages, MESSAGE_LOG, type MessageLogRow } from "./get-message-log";
export { getMessageDetail, type MessageDetail } from "./get-message-detail";
export { DEFAULT_MESSAGE_LOG_SORT, type MessageLogSort, type MessageLogSortColumn } from "./message-log-cursor";
export { readLogPage, type LogPage } from "./record-log";
export type { LogSort } from "./log-cursor";
export { DEFAULT_CALL_LOG_SORT, type CallLogSort, type CallLogSortColumn } from "./call-log-cursor";
export { getMessageKpis, type MessageKpis } from "./get-message-kpis";
export { getMessageBusiestHours, getMessageVolume } from "./get-message-volume";
export { getDeliveryFunnel } from "./get-delivery-funnel";
export { getMessageChannels } from "./get-message-channels";
export {
  getMessageCountries,
  getMessageErrors,
  getTopMessageNumbers,
  type MessageErrorRow,
  type MessageNumberRow,
} from "./get-message-breakdowns";
export { hasMessages } from "./has-messages";
export { previousSpendPeriod, toSpendQuery, type SpendQuery } from "./spend-query";
export { getSpendTotal, getSpendTotals, type SpendTotal, type SpendTotals } from "./get-spend-totals";
export { getSpendOverTime, type SpendOverTime, type SpendRow } from "./get-spend-over-time";
export type { SpendBucket } from "./spend-buckets";
export { getTopSpendCategories, type SpendCategoryRow, type TopSpendCategories } from "./get-top-spend-categories";
export { getSpendByAccount, type AccountSpendRow, type SpendByAccount } from "./get-spend-by-account";
export { getMonthToDate, type MonthToDate } from "./get-month-to-date";
export { hasUsageRecords } from "./has-usage-records";
