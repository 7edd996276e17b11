// Route-handler helpers: one JSON error shape, signed-in and per-connection wrappers, redirects.
export { jsonError, redirectTo } from "./responses";
export { withUser } from "./with-user";
export { connectionQuerySchema, connectionRoute, type ConnectionRouteContext } from "./connection-route";
