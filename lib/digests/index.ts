// Digests: a weekly or daily mail per person and workspace with the dashboards' headline figures,
// their change, the alerts of the period and a link to that range. lib/digests owns
// DigestSubscription and DigestSend; it reads lib/analytics, lib/dashboard and lib/alerts, and
// nothing below it imports it (the cron route sends them).
export { digestFigures, type ConnectionDigest } from "./figures";
export { DIGEST_KINDS, digestKindSchema, lastWholePeriod, type DigestDays, type DigestKind } from "./periods";
export { sendDueDigests, type DigestRun } from "./send";
export {
  digestSettingsSchema,
  findDigestSubscription,
  saveDigestSettings,
  unsubscribe,
  type DigestSettings,
} from "./subscriptions";
export { readUnsubscribeToken, unsubscribeToken, type UnsubscribeClaim } from "./token";
