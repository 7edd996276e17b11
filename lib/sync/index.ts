// Importing connected accounts' call logs into the database, and what the dashboard knows of it.
export { syncConnection, isSyncRunningHere, type SyncOutcome } from "./sync-connection";
export { getSyncStatus, type SyncStatus } from "./status";
export { rebuildHourlyStats } from "./hourly-stats";
export { syncDueConnections } from "./schedule";
