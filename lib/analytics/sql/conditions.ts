import { Prisma } from "@/lib/db";
import { directionsFor, messageDirectionsFor } from "@/lib/filters";
import { isInbound } from "@/lib/rollups";
import type { AnalyticsQuery, MessageQuery, Period } from "../types";

// WHERE fragments shared by the queries. Every value goes in as a bind parameter through
// Prisma.sql; only fixed SQL text is ever concatenated.

/** Account, direction and status filters: columns both "Call" and the rollups have. */
export function dimensionConditions(q: AnalyticsQuery): Prisma.Sql {
  return filterConditions(q, q.direction ? directionsFor(q.direction) : null);
}

/** The same filters for "Message" and its rollups. */
export function messageDimensionConditions(q: MessageQuery): Prisma.Sql {
  return filterConditions(q, q.direction ? messageDirectionsFor(q.direction) : null);
}

function filterConditions(q: AnalyticsQuery | MessageQuery, directions: string[] | null): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (q.accountSid) parts.push(Prisma.sql`"accountSid" = ${q.accountSid}`);
  if (directions) parts.push(Prisma.sql`"direction" IN (${Prisma.join(directions)})`);
  if (q.statuses && q.statuses.length > 0) parts.push(Prisma.sql`"status" IN (${Prisma.join(q.statuses)})`);
  return parts.length > 0 ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/** Whether the query filters on account, direction or status. */
export function hasDimensionFilters(q: AnalyticsQuery | MessageQuery): boolean {
  return Boolean(q.accountSid || (q.direction && q.direction !== "all") || (q.statuses && q.statuses.length > 0));
}

/**
 * A number search matches any part of either party's number. Written over the expression the
 * trigram index holds (migration 20261207200348_number_search_trigrams) so that the index serves
 * it; a search holds digits and "+" only, so it never matches across the space.
 */
export function numberCondition(q: AnalyticsQuery | MessageQuery): Prisma.Sql {
  if (!q.numberQuery) return Prisma.empty;
  const pattern = `%${q.numberQuery.replace(/[\\%_]/g, "\\$&")}%`;
  return Prisma.sql`AND ("from" || ' ' || "to") LIKE ${pattern}`;
}

/** Every filter on "Call" rows of the connection within one period. */
export function callConditions(q: AnalyticsQuery, period: Period = q.range): Prisma.Sql {
  return Prisma.sql`"connectionId" = ${q.connectionId} AND "startTime" >= ${period.start}::timestamp
    AND "startTime" < ${period.end}::timestamp ${dimensionConditions(q)} ${numberCondition(q)}`;
}

/** Every filter on "Message" rows of the connection within one period (by date sent). */
export function messageConditions(q: MessageQuery, period: Period = q.range): Prisma.Sql {
  return Prisma.sql`"connectionId" = ${q.connectionId} AND "dateSent" >= ${period.start}::timestamp
    AND "dateSent" < ${period.end}::timestamp ${messageDimensionConditions(q)} ${numberCondition(q)}`;
}

/** Twilio's directions folded into the two sides the UI shows. */
export const directionGroup = Prisma.sql`CASE WHEN ${isInbound} THEN 'inbound' ELSE 'outbound' END`;
