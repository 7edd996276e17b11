// The app's edge: reading query strings, page params and forms (one value per name, own keys
// only), same-origin checks for state-changing requests, the bearer token of the routes a machine calls, and the security headers of every response.
export {
  noticeParam,
  ownValue,
  parseParams,
  readPageParams,
  singleValues,
  type ParamSource,
  type ParamsResult,
} from "./params";
export { CROSS_ORIGIN_ERROR, isSameOriginRequest, SAFE_METHODS } from "./same-origin";
export { contentSecurityPolicy, newNonce, securityHeaders, type SecurityHeaderOptions } from "./security-headers";
export { clientAddress } from "./client-address";
export { hasBearerToken } from "./bearer";
export { LAST_WORKSPACE_COOKIE, workspaceInPath } from "./last-workspace";
