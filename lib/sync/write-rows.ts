import type { DatabaseConnection } from "@/lib/db";
import type { ListName, WireRecord } from "@/lib/twilio";
import { toCallRow, type CallRow } from "./call-rows";
import { toMessageRow, type MessageRow } from "./message-rows";

type Columns<Row> = [keyof Row & string, string][];

const CALL_COLUMNS: Columns<CallRow> = [
  ["sid", "text"],
  ["accountSid", "text"],
  ["parentCallSid", "text"],
  ["direction", "text"],
  ["status", "text"],
  ["from", "text"],
  ["to", "text"],
  ["fromCountry", "text"],
  ["toCountry", "text"],
  ["fromNumberType", "text"],
  ["toNumberType", "text"],
  ["startTime", "timestamp(3)"],
  ["endTime", "timestamp(3)"],
  ["dateCreated", "timestamp(3)"],
  ["dateUpdated", "timestamp(3)"],
  ["duration", "int"],
  ["price", "numeric"],
  ["priceUnit", "text"],
  ["answeredBy", "text"],
  ["queueTime", "int"],
  ["callerName", "text"],
  ["forwardedFrom", "text"],
];

const MESSAGE_COLUMNS: Columns<MessageRow> = [
  ["sid", "text"],
  ["accountSid", "text"],
  ["direction", "text"],
  ["status", "text"],
  ["from", "text"],
  ["to", "text"],
  ["fromCountry", "text"],
  ["toCountry", "text"],
  ["dateSent", "timestamp(3)"],
  ["dateCreated", "timestamp(3)"],
  ["dateUpdated", "timestamp(3)"],
  ["numSegments", "int"],
  ["numMedia", "int"],
  ["price", "numeric"],
  ["priceUnit", "text"],
  ["errorCode", "int"],
  ["messagingServiceSid", "text"],
  ["channel", "text"],
];

// One statement per page, the page passed as a single JSON document that PostgreSQL unpacks
// itself: far less work on our side than binding an array per column, which a million-call
// import feels. Upserting by (connection, SID) makes a re-read page, a resumed window or a later
// status change harmless.
function upsertStatement<Row>(table: string, columns: Columns<Row>): string {
  const quoted = columns.map(([name]) => `"${name}"`);
  const updates = quoted.filter((c) => c !== '"sid"').map((c) => `${c} = EXCLUDED.${c}`);
  return `
INSERT INTO "${table}" ("connectionId", ${quoted.join(", ")}, "importedAt")
SELECT $1, ${quoted.map((c) => `r.${c}`).join(", ")}, now()
FROM json_to_recordset($2::json) AS r(${columns.map(([name, type]) => `"${name}" ${type}`).join(", ")})
ON CONFLICT ("connectionId", "sid") DO UPDATE SET ${updates.join(", ")}, "importedAt" = now()`;
}

const WRITERS: Record<ListName, { sql: string; toRow: (record: WireRecord) => unknown }> = {
  calls: { sql: upsertStatement("Call", CALL_COLUMNS), toRow: toCallRow },
  messages: { sql: upsertStatement("Message", MESSAGE_COLUMNS), toRow: toMessageRow },
};

/** Writes a page of Twilio records in one round trip; returns how many were written. */
export async function upsertRecords(
  db: DatabaseConnection,
  list: ListName,
  connectionId: string,
  records: WireRecord[],
): Promise<number> {
  if (records.length === 0) return 0;
  const writer = WRITERS[list];
  await db.query(writer.sql, [connectionId, JSON.stringify(records.map(writer.toRow))]);
  return records.length;
}
