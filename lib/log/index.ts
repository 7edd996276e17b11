// The server's structured logs: JSON lines on stdout, one per request and per import step, with
// secrets redacted and phone numbers masked.
export { createLogger, elapsedMs, logger } from "./logger";
export { maskPhoneNumber, maskPhoneNumbers } from "./mask";
export { logRequests, loggedPath, requestIdOf } from "./request-log";
