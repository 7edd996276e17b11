// Abuse limits (rate-limiter-flexible on the RateLimit table, shared by every instance): sign-in,
// magic links, Connect starts, Refresh now, CSV exports at once, revocation checks with Twilio.
export { LIMITS, type LimitName } from "./limits";
export { consumeLimit, releaseSlot, takeSlot, type LimitOutcome } from "./rate-limiter";
