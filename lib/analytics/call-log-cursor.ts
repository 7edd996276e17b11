import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { callSidSchema } from "@/lib/domain";
import { env } from "@/lib/env";

export const CALL_LOG_SORT_COLUMNS = ["startTime", "duration", "price"] as const;
export type CallLogSortColumn = (typeof CALL_LOG_SORT_COLUMNS)[number];
export type CallLogSort = { column: CallLogSortColumn; order: "asc" | "desc" };

export const DEFAULT_CALL_LOG_SORT: CallLogSort = { column: "startTime", order: "desc" };

/** A position in the log: the sort value and SID of a row (SIDs break ties, so no row is skipped). */
export type CallLogCursor = { value: string | number; sid: string };

// What each sort key can hold, checked again after the signature: a value reaches SQL only in the
// type and range of its column (a timestamp PostgreSQL can read, an INT, a DECIMAL(12, 5)).
const isoInstant = z.string().refine((value) => {
  const time = Date.parse(value);
  return Number.isFinite(time) && time >= 0 && new Date(time).toISOString() === value;
});
const SORT_VALUE = {
  startTime: isoInstant,
  duration: z.number().int().min(0).max(2_147_483_647),
  price: z.number().min(-1e7).max(1e7),
} satisfies Record<CallLogSortColumn, z.ZodType<string | number>>;

const payloadSchema = z.tuple([z.union([z.string().max(40), z.number()]), callSidSchema]);

function mac(payload: string, column: CallLogSortColumn, scope: string): Buffer {
  return createHmac("sha256", env().NEXTAUTH_SECRET)
    .update(`call-log-cursor\n${column}\n${scope}\n${payload}`)
    .digest();
}

/**
 * Opaque in URLs: base64url of [value, sid], a dot, and an HMAC (keyed with the app's secret) of
 * the value, the sort column and the scope. The scope names the filters and sort the cursor was
 * made for; the filter bar keeps unknown params when filters change, so a cursor from other
 * filters must be recognised and dropped rather than start the new list mid-way. Only the server
 * can make a cursor, so none can carry a value it did not read from a row.
 */
export function encodeCursor(cursor: CallLogCursor, column: CallLogSortColumn, scope = ""): string {
  const payload = Buffer.from(JSON.stringify([cursor.value, cursor.sid])).toString("base64url");
  return `${payload}.${mac(payload, column, scope).toString("base64url")}`;
}

/** The cursor a URL carries, or null when it is missing, forged, tampered with or made for another sort or scope (the first page is shown). */
export function decodeCursor(
  token: string | undefined | null,
  column: CallLogSortColumn,
  scope = "",
): CallLogCursor | null {
  if (!token || token.length > 300) return null;
  const [payload = "", signature = "", ...rest] = token.split(".");
  const given = Buffer.from(signature, "base64url");
  const expected = mac(payload, column, scope);
  if (rest.length > 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    if (!parsed.success || !SORT_VALUE[column].safeParse(parsed.data[0]).success) return null;
    return { value: parsed.data[0], sid: parsed.data[1] };
  } catch {
    return null;
  }
}

const sortParams = z.object({
  sort: z.enum(CALL_LOG_SORT_COLUMNS).catch(DEFAULT_CALL_LOG_SORT.column),
  order: z.enum(["asc", "desc"]).catch(DEFAULT_CALL_LOG_SORT.order),
});

/** The sort a URL asks for (`?sort=duration&order=asc`), defaulting to newest first. */
export function parseCallLogSort(params: { sort?: unknown; order?: unknown }): CallLogSort {
  const { sort, order } = sortParams.parse({ sort: params.sort, order: params.order });
  return { column: sort, order };
}
