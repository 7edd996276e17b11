// The one layer every page, route handler and server action goes through: sign-in, same-origin
// checks for writes, input parsed with zod (one value per name), membership of the workspace (read
// on every request) and what the role permits, one JSON error shape (429s with Retry-After).
export { jsonError, redirectTo, tooManyRequests } from "./responses";
export { withUser } from "./with-user";
export { userAction } from "./user-action";
export { whenDone } from "./when-done";
export { csvExportRoute } from "./csv-export-route";
export {
  connectionByIdRoute,
  connectionQuerySchema,
  connectionRoute,
  notPermitted,
  type ConnectionRouteContext,
} from "./connection-route";
export {
  accessConnection,
  accessWorkspace,
  defaultWorkspace,
  workspacesDefaultFirst,
  type WorkspaceAccess,
} from "./access";
export { redirectIntoWorkspace, requireWorkspace } from "./workspace-page";
export { workspaceAction } from "./workspace-action";
