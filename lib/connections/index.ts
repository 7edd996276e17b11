export { consumeConnectState, createConnectState, CONNECT_STATE_TTL_MS, type StateCheck } from "./connect-state";
export { ConnectError, connectErrorMessage, type ConnectErrorCode } from "./errors";
export { CONNECT_PERMISSIONS, linkTwilioAccount } from "./link";
export { confirmRevocation, disconnectConnection, markConnectionRevoked, withConnectionAccess } from "./lifecycle";
export { getConnection, listConnections, type ConnectionSummary } from "./queries";
