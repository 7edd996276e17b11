// The one layer every route handler and server action goes through: sign-in, same-origin checks
// for writes, input parsed with zod (one value per name), ownership of the connection named, and
// one JSON error shape (429s with Retry-After).
export { jsonError, redirectTo, tooManyRequests } from "./responses";
export { withUser } from "./with-user";
export { userAction } from "./user-action";
export { whenDone } from "./when-done";
export { connectionQuerySchema, connectionRoute, type ConnectionRouteContext } from "./connection-route";
