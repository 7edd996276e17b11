export {
  consumeConnectState,
  createConnectState,
  CONNECT_STATE_TTL_MS,
  MAX_PENDING_STATES,
  type StateCheck,
} from "./connect-state";
export { ConnectError, connectErrorMessage, type ConnectErrorCode } from "./errors";
export { CONNECT_PERMISSIONS, importedAccountsOf, linkTwilioAccount, refreshAccounts, type LinkTarget } from "./link";
export {
  confirmRevocation,
  connectionLabel,
  disconnectConnection,
  markConnectionRevoked,
  withConnectionAccess,
} from "./lifecycle";
export {
  connectionIdSchema,
  getConnection,
  isActiveConnectAccount,
  listConnections,
  workspaceOfConnection,
  type ConnectionSummary,
} from "./queries";
export { describeAccess, summarizeAccess, type AccessSummary } from "./access-summary";
