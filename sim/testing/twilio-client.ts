import twilio from "twilio";

type RequestClientOptions = ConstructorParameters<typeof twilio.RequestClient>[0];
type RequestOptions = Parameters<InstanceType<typeof twilio.RequestClient>["request"]>[0];

const TWILIO_HOST = /^https:\/\/([a-z0-9-]+\.)*twilio\.com(:\d+)?(?=\/|$)/i;

/** `https://api.twilio.com/2010-04-01/...` → `${baseUrl}/2010-04-01/...`; other URLs unchanged. */
export function rewriteTwilioUrl(uri: string, baseUrl: string): string {
  return uri.replace(TWILIO_HOST, baseUrl.replace(/\/+$/, ""));
}

/**
 * twilio-node has no base-URL option, so this RequestClient sends every *.twilio.com request
 * to another host (the simulator). It covers next-page URLs too: the SDK rebuilds them as
 * https://api.twilio.com + next_page_uri. `lastRequest`/`lastResponse` work as usual.
 */
export class RewritingRequestClient extends twilio.RequestClient {
  constructor(
    private readonly baseUrl: string,
    options?: RequestClientOptions,
  ) {
    super(options);
  }

  override request<TData>(opts: RequestOptions & { data?: TData }) {
    return super.request<TData>({ ...opts, uri: rewriteTwilioUrl(opts.uri, this.baseUrl) });
  }
}

/**
 * A real twilio-node client whose HTTP goes to `baseUrl`. Retry and timeout settings
 * (autoRetry, maxRetries, timeout) belong to the RequestClient, hence `httpOptions`.
 */
export function sdkClientForSimulator(
  baseUrl: string,
  username: string,
  password: string,
  httpOptions?: RequestClientOptions,
): twilio.Twilio {
  return twilio(username, password, { httpClient: new RewritingRequestClient(baseUrl, httpOptions) });
}
