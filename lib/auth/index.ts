// Signing in: next-auth's options and providers, the current user, safe post-sign-in redirects.
export { authOptions } from "./options";
export { signInOptions, type SignInOption } from "./providers";
export { getCurrentUser, requireUser, type CurrentUser } from "./session";
export { CALLBACK_COOKIES, isReadableCallbackUrl, safeCallbackPath } from "./callback-url";
export { sessionUserId } from "./session-user";
