// The browser's live data: one fetcher, the JSON shapes the live routes send, the polling hooks.
export { FetchError, fetchJson } from "./fetcher";
export {
  recentCallSchema,
  recentCallsSchema,
  syncStartedSchema,
  syncStatusSchema,
  type RecentCallsResponse,
  type SyncStatus,
} from "./schemas";
export { useRecentCalls } from "./use-recent-calls";
export { useSyncStatus } from "./use-sync-status";
