import { Prisma } from "@/lib/db";
import { messageDirections, twilioDirections } from "@/lib/domain";

/**
 * A sum an hourly rollup keeps: its column in the rollup table, the name the dashboard's facts give
 * it, and what each record adds (an expression over the record's columns). The rollup also keeps
 * the same sum over the hour's first 30 minutes, in the column named firstHalf<Column>.
 */
export type Measure = { column: string; alias: string; value: Prisma.Sql };

/**
 * A per-day breakdown a record kind keeps beside its hourly sums (lib/rollups/daily-breakdowns.ts):
 * each record's key (text) when `counts` holds.
 */
export type DailyBreakdown = { key: Prisma.Sql; counts: Prisma.Sql };

/** The table of a kind's daily breakdowns, the sums it keeps per key, and the breakdowns by name. */
export type DailyBreakdowns = { table: string; measures: readonly Measure[]; kinds: Record<string, DailyBreakdown> };

/**
 * Per-number sums over all accounts by calendar month, quarter and year (lib/rollups/monthly-numbers.ts):
 * the table, the table of months whose sums are stale, and each party's number and country columns.
 */
export type MonthlyNumbers = {
  table: string;
  stale: string;
  measures: readonly Measure[];
  parties: Record<"from" | "to", { number: Prisma.Sql; country: Prisma.Sql }>;
};

/**
 * Counts per UTC hour, number, account and status of the records that reached one of the
 * connection's numbers (lib/rollups/hourly-stats.ts): the table, the number's column and which
 * records count. Alert rules scoped to a number read these.
 */
export type NumberHours = { table: string; number: Prisma.Sql; counts: Prisma.Sql };

/**
 * What the rollups of one kind of record are built from and kept in. Table and column names are
 * fixed names from here, never input; they are quoted into SQL as identifiers.
 */
export type RecordStats = {
  /** The records' table ("Call") and the UTC timestamp they are counted by ("startTime"). */
  table: string;
  time: string;
  /** The hourly rollup table and the columns it groups by besides the connection and the hour. */
  hourly: string;
  dimensions: readonly string[];
  measures: readonly Measure[];
  /** Breakdowns with more keys than the hourly rollup carries (countries, error codes), per UTC day. */
  daily?: DailyBreakdowns;
  /** Sums per number and calendar month, quarter and year. */
  monthly?: MonthlyNumbers;
  /** Counts per UTC hour of each of the connection's own numbers. */
  numberHours?: NumberHours;
};

/** A fixed name as a quoted SQL identifier. */
export const identifier = (name: string) => Prisma.raw(`"${name}"`);

export const CALL_STATS: RecordStats = {
  table: "Call",
  time: "startTime",
  hourly: "CallHourlyStat",
  dimensions: ["accountSid", "status", "direction"],
  measures: [
    { column: "calls", alias: "calls", value: Prisma.sql`1` },
    { column: "durationSeconds", alias: "seconds", value: Prisma.sql`coalesce("duration", 0)::bigint` },
    { column: "price", alias: "price", value: Prisma.sql`coalesce("price", 0)::numeric` },
    { column: "pricedCalls", alias: "priced", value: Prisma.sql`CASE WHEN "price" IS NULL THEN 0 ELSE 1 END` },
  ],
  // The number an inbound call reached is the connection's own; an outbound call's "from" may be
  // anyone's (a dialled leg carries its parent's caller), so outbound calls are left out.
  numberHours: {
    table: "CallInboundNumberHourlyStat",
    number: Prisma.sql`"to"`,
    counts: Prisma.sql`"direction" IN (${Prisma.join(twilioDirections("inbound"))})`,
  },
};

/** Messages that came in; every other direction is one of Twilio's outbound ones. */
export const isInboundMessage = Prisma.sql`"direction" IN (${Prisma.join(messageDirections("inbound"))})`;

const MESSAGE_COUNTS: readonly Measure[] = [
  { column: "messages", alias: "messages", value: Prisma.sql`1` },
  // A message Twilio has not counted segments for yet (numSegments null) adds none.
  { column: "segments", alias: "segments", value: Prisma.sql`coalesce("numSegments", 0)` },
];

export const MESSAGE_STATS: RecordStats = {
  table: "Message",
  time: "dateSent",
  hourly: "MessageHourlyStat",
  dimensions: ["accountSid", "status", "direction", "channel"],
  measures: [
    ...MESSAGE_COUNTS,
    { column: "price", alias: "price", value: Prisma.sql`coalesce("price", 0)::numeric` },
    { column: "pricedMessages", alias: "priced", value: Prisma.sql`CASE WHEN "price" IS NULL THEN 0 ELSE 1 END` },
    {
      column: "pricedSegments",
      alias: "priced_segments",
      value: Prisma.sql`CASE WHEN "price" IS NULL THEN 0 ELSE coalesce("numSegments", 0) END`,
    },
  ],
  daily: {
    table: "MessageDailyBreakdown",
    measures: MESSAGE_COUNTS,
    kinds: {
      // The other party's country: the sender's for inbound messages, the recipient's for outbound ones.
      country: {
        key: Prisma.sql`coalesce(CASE WHEN ${isInboundMessage} THEN "fromCountry" ELSE "toCountry" END, '')`,
        counts: Prisma.sql`TRUE`,
      },
      errorCode: { key: Prisma.sql`"errorCode"::text`, counts: Prisma.sql`"errorCode" IS NOT NULL` },
    },
  },
  monthly: {
    table: "MessageMonthlyBreakdown",
    stale: "MessageStaleMonth",
    measures: MESSAGE_COUNTS,
    parties: {
      from: { number: Prisma.sql`"from"`, country: Prisma.sql`"fromCountry"` },
      to: { number: Prisma.sql`"to"`, country: Prisma.sql`"toCountry"` },
    },
  },
};

/** The rollups of each list an import reads. */
export const RECORD_STATS = { calls: CALL_STATS, messages: MESSAGE_STATS } as const;

/** The first-half column of a measure: "calls" → "firstHalfCalls". */
export function firstHalfColumn(column: string): string {
  return `firstHalf${column.charAt(0).toUpperCase()}${column.slice(1)}`;
}
