// The app's one way to Twilio: clients per connection, error mapping, retries, signatures.
export { twilioClientFor, twilioHttpClient } from "./client";
export { discoverAccounts, type DiscoveredAccount, type Discovery } from "./accounts";
export { isTwilioFailure, TwilioError, toTwilioError, type TwilioErrorKind } from "./errors";
export { isValidTwilioSignature, publicRequestUrl } from "./signature";
export { connectAuthorizeUrl, isAccountSid } from "./connect-url";
