import { createHash } from "node:crypto";
import { z } from "zod";
import { callSidSchema } from "@/lib/domain";

export const CALL_LOG_SORT_COLUMNS = ["startTime", "duration", "price"] as const;
export type CallLogSortColumn = (typeof CALL_LOG_SORT_COLUMNS)[number];
export type CallLogSort = { column: CallLogSortColumn; order: "asc" | "desc" };

export const DEFAULT_CALL_LOG_SORT: CallLogSort = { column: "startTime", order: "desc" };

/** A position in the log: the sort value and SID of a row (SIDs break ties, so no row is skipped). */
export type CallLogCursor = { value: string | number; sid: string };

const cursorSchema = z.tuple([z.union([z.string().max(40), z.number()]), callSidSchema, z.string().max(16)]);

const digest = (scope: string) => createHash("sha256").update(scope).digest("base64url").slice(0, 10);

/**
 * Opaque in URLs: base64url of [value, sid, a digest of the scope]. The scope names the filters and sort the
 * cursor was made for; the filter bar keeps unknown params when filters change, so a cursor from
 * other filters must be recognised and dropped rather than start the new list mid-way.
 */
export function encodeCursor(cursor: CallLogCursor, scope = ""): string {
  return Buffer.from(JSON.stringify([cursor.value, cursor.sid, digest(scope)])).toString("base64url");
}

/** The cursor a URL carries, or null when it is missing, tampered with or made for another scope (the first page is shown). */
export function decodeCursor(token: string | undefined | null, scope = ""): CallLogCursor | null {
  if (!token || token.length > 1_000) return null;
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(token, "base64url").toString("utf8")));
    return parsed.success && parsed.data[2] === digest(scope) ? { value: parsed.data[0], sid: parsed.data[1] } : null;
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
