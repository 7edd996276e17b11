// Twilio failures as the app's own error types, so callers decide by kind, never by status codes.

export type TwilioErrorKind = "unauthorized" | "not-found" | "rate-limited" | "unavailable" | "invalid-request";

export class TwilioError extends Error {
  constructor(
    readonly kind: TwilioErrorKind,
    message: string,
    readonly status?: number,
    readonly code?: number,
  ) {
    super(message);
    this.name = "TwilioError";
  }

  /** 401/20003: wrong credentials, or the user revoked our Connect App. */
  get isRevoked(): boolean {
    return this.kind === "unauthorized";
  }
}

type RestExceptionLike = { status: number; code?: number; message?: string; moreInfo?: string };

function isRestException(error: unknown): error is RestExceptionLike {
  return typeof error === "object" && error !== null && typeof (error as { status?: unknown }).status === "number";
}

const NETWORK_CODES = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "ECONNABORTED",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "ERR_SOCKET_CLOSED",
]);

export function isNetworkError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && NETWORK_CODES.has(code);
}

/** Whether an error came from talking to Twilio (an API answer or the network), not from us. */
export function isTwilioFailure(error: unknown): boolean {
  return error instanceof TwilioError || isRestException(error) || isNetworkError(error);
}

/** Maps what the twilio SDK throws (RestException, network errors) to a TwilioError. */
export function toTwilioError(error: unknown): TwilioError {
  if (error instanceof TwilioError) return error;
  if (isRestException(error)) {
    const { status, code } = error;
    const detail = `Twilio answered ${status}${code ? ` (error ${code})` : ""}`;
    if (status === 401 || code === 20003)
      return new TwilioError("unauthorized", `${detail}: access was refused or revoked`, status, code);
    if (status === 404 || code === 20404)
      return new TwilioError("not-found", `${detail}: not found or outside the authorization`, status, code);
    if (status === 429 || code === 20429)
      return new TwilioError("rate-limited", `${detail}: too many requests`, status, code);
    if (status >= 500) return new TwilioError("unavailable", `${detail}: Twilio is having trouble`, status, code);
    return new TwilioError("invalid-request", `${detail}: ${error.message ?? "request rejected"}`, status, code);
  }
  if (isNetworkError(error))
    return new TwilioError("unavailable", `Could not reach Twilio (${(error as { code: string }).code})`);
  return new TwilioError("unavailable", `Twilio request failed: ${(error as Error)?.message ?? String(error)}`);
}

const SHORT: Record<TwilioErrorKind, string> = {
  unauthorized: "not authorized",
  "not-found": "not found",
  "rate-limited": "too many requests",
  unavailable: "Twilio unavailable",
  "invalid-request": "refused",
};

/** Twilio's code (or HTTP status) and a few words, as the Connections page shows it: "20404 not found". */
export function shortTwilioError(error: TwilioError): string {
  const code = error.code ?? error.status;
  return code === undefined ? error.message : `${code} ${SHORT[error.kind]}`;
}
