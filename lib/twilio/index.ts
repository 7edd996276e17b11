// The app's one way to Twilio: clients per connection, paging, error mapping, retries, signatures.
export { twilioClientFor, twilioHttpClient } from "./client";
export { discoverAccounts, type DiscoveredAccount, type Discovery } from "./accounts";
export { isTwilioFailure, TwilioError, toTwilioError, type TwilioErrorKind } from "./errors";
export { isValidTwilioSignature, publicRequestUrl } from "./signature";
export { connectAuthorizeUrl } from "./connect-url";
export { fetchListPage, LISTS, listPageUrl, type ListName, type ListPage, type WireRecord } from "./list-page";
export { AdaptiveLimiter } from "./concurrency";
