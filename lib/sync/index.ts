// Importing connected accounts' calls and messages from Twilio, and what the dashboard knows of it.
export { syncConnection, type SyncOutcome } from "./sync-connection";
export { getConnectionSyncStatus, getSyncStatus, isImportRunning, type AccountImport, type SyncStatus } from "./status";
export { syncDueConnections } from "./schedule";
export { upsertRecords } from "./write-rows";
export { findHistorySpan, type HistorySpan } from "./history";
