// The app's one way to Twilio: clients per connection, paging, error mapping, retries, signatures.
export { twilioClientFor, twilioHttpClient, twilioHttpClientFor } from "./client";
export {
  ACCOUNT_SOURCES,
  discoverAccounts,
  type AccountSource,
  type ClientFor,
  type DiscoveredAccount,
  type Discovery,
} from "./accounts";
export { probeAccess, type AccountAccess } from "./access";
export { isTwilioFailure, shortTwilioError, TwilioError, toTwilioError, type TwilioErrorKind } from "./errors";
export { isValidTwilioSignature, publicRequestUrl } from "./signature";
export { connectAuthorizeUrl } from "./connect-url";
export {
  callsByStatusUrl,
  fetchCall,
  fetchListPage,
  LISTS,
  listPageUrl,
  type ListName,
  type ListPage,
  type WireRecord,
} from "./list-page";
export {
  fetchUsagePage,
  usageRecordsUrl,
  type UsageDay,
  type UsagePage,
  type UsagePeriod,
  type UsageRecordWire,
} from "./usage-records";
export { AdaptiveLimiter } from "./concurrency";
