// Importing connected accounts' calls, messages and usage from Twilio, checking the import against
// the usage, and what the dashboard knows of it.
export { syncConnection, type SyncOutcome } from "./sync-connection";
export { getConnectionSyncStatus, getSyncStatus, isImportRunning, type AccountImport, type SyncStatus } from "./status";
export { syncDueConnections } from "./schedule";
export { requestImport } from "./request-import";
export { runImportWorker, type WorkerOptions } from "./import-worker";
export { registerImportGauges } from "./import-gauges";
export { upsertRecords } from "./write-rows";
export { findHistorySpan, type HistorySpan } from "./history";
export { recheckMismatchedDays, type RecheckOutcome } from "./recheck";
export {
  getCompletenessCounts,
  getMismatchedDays,
  getVerifiedThrough,
  type CompletenessCounts,
  type CompletenessScope,
  type Figures,
  type MismatchedDay,
} from "./completeness";
