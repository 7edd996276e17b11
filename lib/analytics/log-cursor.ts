import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";

export type LogSort<Column extends string = string> = { column: Column; order: "asc" | "desc" };

/** A position in a log: the sort value and SID of a row (SIDs break ties, so no row is skipped). */
export type LogCursor = { value: string | number; sid: string };

// What sort keys can hold, checked again after the signature: a value reaches SQL only in the type
// and range of its column (a timestamp PostgreSQL can read, an INT, a DECIMAL(12, 5)).
export const SORT_VALUES = {
  instant: z.string().refine((value) => {
    const time = Date.parse(value);
    return Number.isFinite(time) && time >= 0 && new Date(time).toISOString() === value;
  }),
  count: z.number().int().min(0).max(2_147_483_647),
  money: z.number().min(-1e7).max(1e7),
} satisfies Record<string, z.ZodType<string | number>>;

export type LogCursorSpec<Column extends string> = {
  /** Names the log in each signature, so one log's cursor is never taken for another's. */
  name: string;
  sid: z.ZodType<string>;
  /** What each sort column's key may hold (SORT_VALUES). */
  values: Record<Column, z.ZodType<string | number>>;
  defaultSort: LogSort<Column>;
};

/**
 * The cursors and sort of one log (calls, messages). Opaque in URLs: base64url of [value, sid], a
 * dot, and an HMAC (keyed with the app's secret) of the value, the log, the sort column and the
 * scope. The scope names the filters and sort the cursor was made for; the filter bar keeps
 * unknown params when filters change, so a cursor from other filters must be recognised and
 * dropped rather than start the new list mid-way. Only the server can make a cursor, so none can
 * carry a value it did not read from a row.
 */
export function logCursors<Column extends string>({ name, sid, values, defaultSort }: LogCursorSpec<Column>) {
  const columns = Object.keys(values) as [Column, ...Column[]];
  const payloadSchema = z.tuple([z.union([z.string().max(40), z.number()]), sid]);
  const mac = (payload: string, column: Column, scope: string) =>
    createHmac("sha256", env().NEXTAUTH_SECRET).update(`${name}-log-cursor\n${column}\n${scope}\n${payload}`).digest();
  const sortParams = z.object({
    sort: z.enum(columns).catch(defaultSort.column),
    order: z.enum(["asc", "desc"]).catch(defaultSort.order),
  });

  return {
    columns,
    defaultSort,

    encode(cursor: LogCursor, column: Column, scope = ""): string {
      const payload = Buffer.from(JSON.stringify([cursor.value, cursor.sid])).toString("base64url");
      return `${payload}.${mac(payload, column, scope).toString("base64url")}`;
    },

    /** The cursor a URL carries, or null when it is missing, forged, tampered with or made for another log, sort or scope (the first page is shown). */
    decode(token: string | undefined | null, column: Column, scope = ""): LogCursor | null {
      if (!token || token.length > 300) return null;
      const [payload = "", signature = "", ...rest] = token.split(".");
      const given = Buffer.from(signature, "base64url");
      const expected = mac(payload, column, scope);
      if (rest.length > 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      try {
        const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
        if (!parsed.success || !values[column].safeParse(parsed.data[0]).success) return null;
        return { value: parsed.data[0], sid: parsed.data[1] };
      } catch {
        return null;
      }
    },

    /** The sort a URL asks for (`?sort=…&order=asc`), defaulting to `defaultSort`. */
    parseSort(params: { sort?: unknown; order?: unknown }): LogSort<Column> {
      const { sort, order } = sortParams.parse({ sort: params.sort, order: params.order });
      return { column: sort, order };
    },
  };
}

export type LogCursors<Column extends string> = ReturnType<typeof logCursors<Column>>;
