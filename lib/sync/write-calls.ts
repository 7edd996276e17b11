import type { DatabaseConnection } from "@/lib/db/adapter";
import type { CallRow } from "./call-rows";

const COLUMNS: [keyof CallRow, string][] = [
  ["sid", "text"], ["accountSid", "text"], ["parentCallSid", "text"], ["direction", "text"], ["status", "text"],
  ["from", "text"], ["to", "text"], ["fromCountry", "text"], ["toCountry", "text"], ["startTime", "timestamp"],
  ["endTime", "timestamp"], ["dateCreated", "timestamp"], ["dateUpdated", "timestamp"], ["duration", "int"],
  ["price", "numeric"], ["priceUnit", "text"], ["answeredBy", "text"], ["queueTime", "int"], ["callerName", "text"],
  ["forwardedFrom", "text"],
];

const quoted = COLUMNS.map(([name]) => `"${name}"`);
const unnests = COLUMNS.map(([, type], i) => `$${i + 2}::${type}[]`);
const updates = quoted.filter((c) => c !== '"sid"').map((c) => `${c} = EXCLUDED.${c}`);

// One statement per page: the page's columns as arrays, unnested into rows. Upserting by
// (connection, SID) makes a re-read page, a resumed window or a later status change harmless.
const UPSERT = `
INSERT INTO "Call" ("connectionId", ${quoted.join(", ")}, "importedAt")
SELECT $1, u.*, now() FROM unnest(${unnests.join(", ")}) AS u
ON CONFLICT ("connectionId", "sid") DO UPDATE SET ${updates.join(", ")}, "importedAt" = now()`;

/** Writes a batch of calls in one round trip; returns how many were written. */
export async function upsertCalls(db: DatabaseConnection, connectionId: string, rows: CallRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const params: unknown[] = [connectionId, ...COLUMNS.map(([name]) => rows.map((row) => row[name]))];
  await db.query(UPSERT, params);
  return rows.length;
}
