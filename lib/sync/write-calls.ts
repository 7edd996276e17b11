import type { DatabaseConnection } from "@/lib/db/adapter";
import type { CallRow } from "./call-rows";

const COLUMNS: [keyof CallRow, string][] = [
  ["sid", "text"], ["accountSid", "text"], ["parentCallSid", "text"], ["direction", "text"], ["status", "text"],
  ["from", "text"], ["to", "text"], ["fromCountry", "text"], ["toCountry", "text"], ["startTime", "timestamp(3)"],
  ["endTime", "timestamp(3)"], ["dateCreated", "timestamp(3)"], ["dateUpdated", "timestamp(3)"], ["duration", "int"],
  ["price", "numeric"], ["priceUnit", "text"], ["answeredBy", "text"], ["queueTime", "int"], ["callerName", "text"],
  ["forwardedFrom", "text"],
];

const quoted = COLUMNS.map(([name]) => `"${name}"`);
const updates = quoted.filter((c) => c !== '"sid"').map((c) => `${c} = EXCLUDED.${c}`);

// One statement per page, the page passed as a single JSON document that PostgreSQL unpacks
// itself: far less work on our side than binding 20 arrays, which a million-call import feels.
// Upserting by (connection, SID) makes a re-read page, a resumed window or a later status change
// harmless.
const UPSERT = `
INSERT INTO "Call" ("connectionId", ${quoted.join(", ")}, "importedAt")
SELECT $1, ${quoted.map((c) => `r.${c}`).join(", ")}, now()
FROM json_to_recordset($2::json) AS r(${COLUMNS.map(([name, type]) => `"${name}" ${type}`).join(", ")})
ON CONFLICT ("connectionId", "sid") DO UPDATE SET ${updates.join(", ")}, "importedAt" = now()`;

/** Writes a batch of calls in one round trip; returns how many were written. */
export async function upsertCalls(db: DatabaseConnection, connectionId: string, rows: CallRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  await db.query(UPSERT, [connectionId, JSON.stringify(rows)]);
  return rows.length;
}
