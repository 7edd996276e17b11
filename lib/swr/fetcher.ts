import type { z } from "zod";

/** A non-2xx answer, carrying the API's `{ error: { code, message } }` when it sent one. */
export class FetchError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "FetchError";
  }
}

async function errorOf(response: Response): Promise<FetchError> {
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return new FetchError(
    response.status,
    typeof error?.code === "string" ? error.code : `http_${response.status}`,
    typeof error?.message === "string" ? error.message : response.statusText || "Request failed",
  );
}

/** Every hook's fetcher: same-origin JSON, checked against the response schema so a changed API fails loudly. */
export async function fetchJson<Schema extends z.ZodType>(
  url: string,
  schema: Schema,
  init?: RequestInit,
): Promise<z.output<Schema>> {
  const response = await fetch(url, { ...init, headers: { Accept: "application/json", ...init?.headers } });
  if (!response.ok) throw await errorOf(response);
  return schema.parse(await response.json());
}
