// Synthetic call history for the dashboard benchmark: INSERT … SELECT over generate_series, so the
// rows are written by the database itself instead of crossing the wire.
import type { Database } from "@/lib/db";
import { Prisma } from "@/lib/db";

export const BENCH_ACCOUNTS = [`AC${"a".repeat(32)}`, `AC${"b".repeat(32)}`, `AC${"c".repeat(32)}`];

/**
 * `calls` calls over the 365 days before `end`'s day: weekday business hours busiest, 45% inbound, 70%
 * answered with exponential lengths (mean 2 min), per-minute prices, mostly US numbers from a
 * pool of 5,000 (the rest British, two in three of them mobiles), machine detection on some API
 * calls, a few calls not priced yet.
 */
export async function insertSyntheticCalls(
  db: Database,
  connectionId: string,
  calls: number,
  end: Date,
): Promise<void> {
  await withoutSecondaryIndexes(db, "Call", () => insertCalls(db, connectionId, calls, end));
}

/**
 * The usual bulk-load order: drop the table's secondary indexes, load, build them again (one
 * sorted build each instead of a million random insertions). The index definitions come from the
 * catalog and are recreated verbatim, so the benchmark still queries the schema the app ships.
 */
async function withoutSecondaryIndexes(db: Database, table: string, load: () => Promise<void>): Promise<void> {
  const indexes = await db.$queryRaw<{ indexname: string; indexdef: string }[]>`
    SELECT indexname, indexdef FROM pg_indexes
    WHERE schemaname = current_schema() AND tablename = ${table} AND indexname <> ${`${table}_pkey`}`;
  // Names and definitions are the catalog's own, never input: the unsafe (unparameterised) API is needed for DDL.
  for (const { indexname } of indexes) await db.$executeRawUnsafe(`DROP INDEX "${indexname}"`);
  await load();
  for (const { indexdef } of indexes) await db.$executeRawUnsafe(indexdef);
}

// Ten million rows in one statement would be one transaction holding gigabytes of WAL and no
// progress to show; a million per statement keeps each step to a few seconds' work.
const CALLS_PER_STATEMENT = 1_000_000;

async function insertCalls(db: Database, connectionId: string, calls: number, end: Date): Promise<void> {
  await db.$executeRaw`SELECT setseed(0.42)`;
  for (let first = 1; first <= calls; first += CALLS_PER_STATEMENT) {
    await insertCallBatch(db, connectionId, first, Math.min(calls, first + CALLS_PER_STATEMENT - 1), end);
  }
}

/** Calls number `first` to `last` (their SIDs), drawn from the session's random sequence. */
async function insertCallBatch(db: Database, connectionId: string, first: number, last: number, end: Date) {
  await db.$executeRaw`
    INSERT INTO "Call" ("connectionId", "sid", "accountSid", "direction", "status", "from", "to", "fromCountry", "toCountry",
                        "fromNumberType", "toNumberType", "startTime", "endTime", "dateCreated", "dateUpdated", "duration", "price", "priceUnit", "answeredBy")
    SELECT ${connectionId}, 'CA' || lpad(to_hex(i), 32, '0'), (ARRAY[${Prisma.join(BENCH_ACCOUNTS)}])[1 + i % 3],
           direction, status, caller, callee, caller_country, callee_country,
           'fixed-line-or-mobile', callee_type, start_time, start_time + make_interval(secs => duration), start_time, start_time, duration,
           CASE WHEN r_price < 0.01 THEN NULL ELSE -round(ceil(duration / 60.0) * 0.014, 5) END,
           CASE WHEN r_price < 0.01 THEN NULL ELSE 'USD' END,
           CASE WHEN direction = 'outbound-api' AND status = 'completed' AND r_amd < 0.3
                THEN (ARRAY['human', 'machine_start', 'machine_end_beep', 'unknown'])[1 + floor(r_amd * 13)::int] END
    FROM (
      SELECT i, direction, status, caller, callee, caller_country, callee_country, callee_type, r_price, r_amd, start_time,
             CASE WHEN status = 'completed' THEN floor(-ln(1 - r_len) * 120)::int ELSE 0 END AS duration
      FROM (
        SELECT i,
               CASE WHEN r_dir < 0.45 THEN 'inbound' WHEN r_dir < 0.85 THEN 'outbound-api' ELSE 'outbound-dial' END AS direction,
               CASE WHEN r_status < 0.70 THEN 'completed' WHEN r_status < 0.80 THEN 'no-answer' WHEN r_status < 0.88 THEN 'busy'
                    WHEN r_status < 0.93 THEN 'failed' ELSE 'canceled' END AS status,
               '+1415' || lpad(floor(r_a * 5000)::text, 7, '0') AS caller,
               CASE WHEN r_country < 0.85 THEN '+1212' WHEN r_country < 0.95 THEN '+447400' ELSE '+4420' END
                 || lpad(floor(r_b * 5000)::text, 7, '0') AS callee,
               'US' AS caller_country, CASE WHEN r_country < 0.85 THEN 'US' ELSE 'GB' END AS callee_country,
               CASE WHEN r_country < 0.85 THEN 'fixed-line-or-mobile' WHEN r_country < 0.95 THEN 'mobile' ELSE 'fixed-line' END AS callee_type,
               r_len, r_price, r_amd,
               date_trunc('day', ${end}::timestamp) - (1 + floor(r_day * 365)) * interval '1 day'
                 + CASE WHEN r_hour < 0.8 THEN 13 + floor(r_minute * 9) ELSE floor(r_minute * 24) END * interval '1 hour'
                 + floor(r_second * 3600) * interval '1 second' AS start_time
        FROM (
          SELECT i, random() AS r_dir, random() AS r_status, random() AS r_a, random() AS r_b, random() AS r_country,
                 random() AS r_len, random() AS r_price, random() AS r_amd, random() AS r_day, random() AS r_hour,
                 random() AS r_minute, random() AS r_second
          FROM generate_series(${first}::int, ${last}::int) AS i
        ) draws
      ) shaped
    ) calls`;
}

/**
 * `messages` messages over the 365 days before `end`'s day, sent in business hours mostly: 35%
 * inbound, the rest sent through the API (some as replies or during calls); outbound ones mostly
 * delivered, some undelivered or failed with an error code; 20 sending numbers and 50,000 customers
 * (85% US, the rest British or French; one in ten on WhatsApp), 10% of the rest's messages MMS;
 * 1–3 segments at USD 0.0079 each.
 */
export async function insertSyntheticMessages(
  db: Database,
  connectionId: string,
  messages: number,
  end: Date,
): Promise<void> {
  await withoutSecondaryIndexes(db, "Message", async () => {
    await db.$executeRaw`SELECT setseed(0.24)`;
    await db.$executeRaw`
      INSERT INTO "Message" ("connectionId", "sid", "accountSid", "direction", "status", "from", "to", "fromCountry", "toCountry",
                             "dateSent", "dateCreated", "dateUpdated", "numSegments", "numMedia", "price", "priceUnit", "errorCode", "channel")
      SELECT ${connectionId}, 'SM' || lpad(to_hex(i), 32, '0'), (ARRAY[${Prisma.join(BENCH_ACCOUNTS)}])[1 + i % 3],
             direction, status,
             CASE WHEN direction = 'inbound' THEN prefix || customer ELSE prefix || ours END,
             CASE WHEN direction = 'inbound' THEN prefix || ours ELSE prefix || customer END,
             CASE WHEN direction = 'inbound' THEN customer_country ELSE 'US' END,
             CASE WHEN direction = 'inbound' THEN 'US' ELSE customer_country END,
             sent, sent, sent, segments, media,
             CASE WHEN status IN ('delivered', 'read', 'undelivered', 'received') THEN -0.0079 * segments END,
             CASE WHEN status IN ('delivered', 'read', 'undelivered', 'received') THEN 'USD' END,
             CASE WHEN status IN ('undelivered', 'failed')
                  THEN (ARRAY[30003, 30005, 30006, 30007, 30008, 21610, 21614, 30034])[1 + floor(r_error * 8)::int] END,
             CASE WHEN prefix <> '' THEN 'whatsapp' WHEN media > 0 THEN 'mms' ELSE 'sms' END
      FROM (
        SELECT i,
               CASE WHEN r_dir < 0.35 THEN 'inbound' WHEN r_dir < 0.85 THEN 'outbound-api' WHEN r_dir < 0.95 THEN 'outbound-reply'
                    ELSE 'outbound-call' END AS direction,
               CASE WHEN r_dir < 0.35 THEN 'received' WHEN r_status < 0.80 THEN 'delivered' WHEN r_status < 0.83 THEN 'read'
                    WHEN r_status < 0.91 THEN 'sent' WHEN r_status < 0.97 THEN 'undelivered' ELSE 'failed' END AS status,
               -- A customer keeps one number and one channel: every tenth writes on WhatsApp.
               CASE WHEN customer % 10 = 0 THEN 'whatsapp:' ELSE '' END AS prefix,
               CASE WHEN customer % 10 <> 0 AND r_media < 0.1 THEN 1 ELSE 0 END AS media,
               '+1415' || lpad(floor(r_ours * 20)::text, 7, '0') AS ours,
               CASE WHEN customer < 42500 THEN '+1212' WHEN customer < 47500 THEN '+447400' ELSE '+336' END
                 || lpad(customer::text, 7, '0') AS customer,
               CASE WHEN customer < 42500 THEN 'US' WHEN customer < 47500 THEN 'GB' ELSE 'FR' END AS customer_country,
               1 + floor(r_segments * r_segments * 3)::int AS segments, r_error,
               date_trunc('day', ${end}::timestamp) - (1 + floor(r_day * 365)) * interval '1 day'
                 + CASE WHEN r_hour < 0.8 THEN 13 + floor(r_minute * 9) ELSE floor(r_minute * 24) END * interval '1 hour'
                 + floor(r_second * 3600) * interval '1 second' AS sent
        FROM (
          SELECT i, random() AS r_dir, random() AS r_status, random() AS r_media, random() AS r_ours,
                 floor(random() * 50000)::int AS customer, random() AS r_segments, random() AS r_error, random() AS r_day, random() AS r_hour,
                 random() AS r_minute, random() AS r_second
          FROM generate_series(1, ${messages}::int) AS i
        ) draws
      ) shaped`;
  });
}
