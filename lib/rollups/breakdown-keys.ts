import { Prisma } from "@/lib/db";
import { twilioDirections } from "@/lib/domain";
import { DURATION_BINS } from "./duration-bins";

/** Calls that came in; every other direction counts as outbound (see twilioDirections). */
export const isInbound = Prisma.sql`"direction" IN (${Prisma.join(twilioDirections("inbound"))})`;

/** The breakdowns CallBreakdownMonthlyStat keeps, by its "kind" column. */
export type BreakdownKind = "country" | "numberType" | "answeredBy" | "durationBin";

/**
 * Per breakdown: a "Call" row's key (text, '' for none) and which calls count. The monthly stats
 * are built from these and the dashboard reads the calls around them with the same expressions,
 * so the two always agree. Adding a breakdown or changing a key changes what the stored stats
 * count: it needs a migration that sets every TwilioAccount's monthlyStatsFrom and
 * monthlyStatsUntil to NULL, so the next sync sums every month again.
 */
export const BREAKDOWN_KEYS: Record<BreakdownKind, { key: Prisma.Sql; counts: Prisma.Sql }> = {
  // The other party's country: the caller's for inbound calls, the callee's for outbound ones.
  country: {
    key: Prisma.sql`coalesce(CASE WHEN ${isInbound} THEN "fromCountry" ELSE "toCountry" END, '')`,
    counts: Prisma.sql`TRUE`,
  },
  // The other party's number type (lib/domain NUMBER_TYPES), on the same side as its country.
  numberType: {
    key: Prisma.sql`coalesce(CASE WHEN ${isInbound} THEN "fromNumberType" ELSE "toNumberType" END, '')`,
    counts: Prisma.sql`TRUE`,
  },
  answeredBy: { key: Prisma.sql`"answeredBy"`, counts: Prisma.sql`"answeredBy" IS NOT NULL` },
  // The bin's index in DURATION_BINS, as text.
  durationBin: {
    key: Prisma.sql`width_bucket(coalesce("duration", 0), ARRAY[${Prisma.join(DURATION_BINS.slice(1).map((bin) => bin.from))}]::int[])::text`,
    counts: Prisma.sql`"status" = 'completed'`,
  },
};
