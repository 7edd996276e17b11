/** What an API handler answers; the pipeline adds faults and writes it out. */
export interface ApiResult {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
  /** Records in a list page, for the slow-page fault. */
  items?: number;
}

export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
}

function twilioError(status: number, code: number, message: string, headers?: Record<string, string>): ApiResult {
  const body: TwilioErrorBody = { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
  return { status, body, headers };
}

export function isApiResult(value: unknown): value is ApiResult {
  return typeof value === "object" && value !== null && "status" in value && "body" in value;
}

export const apiErrors = {
  authenticate: () => twilioError(401, 20003, "Authenticate", { "WWW-Authenticate": 'Basic realm="Twilio API"' }),
  notFound: (path: string) => twilioError(404, 20404, `The requested resource ${path} was not found`),
  methodNotAllowed: (method: string) => twilioError(405, 20004, `Method ${method} not allowed`),
  invalidParameter: (name: string, value: string) =>
    twilioError(400, 20001, `Invalid value '${value}' for parameter ${name}`),
  pageTokenRequired: () => twilioError(400, 20001, "Paged requests must include a PageToken"),
  pageSizeTooLarge: () => twilioError(400, 20007, "PageSize must be less than or equal to 1000"),
  tooManyRequests: (concurrent: number) =>
    twilioError(429, 20429, "Too Many Requests", { "Twilio-Concurrent-Requests": String(concurrent) }),
  serverError: () => twilioError(500, 20500, "Internal Server Error"),
  unavailable: () => twilioError(503, 20503, "Service Unavailable"),
};
