import { Prisma } from "@/lib/db/generated/client";
import { twilioDirections } from "@/lib/filters/options";
import type { AnalyticsQuery, Period } from "../types";

// WHERE fragments shared by the queries. Every value goes in as a bind parameter through
// Prisma.sql; only fixed SQL text is ever concatenated.

/** Account, direction and status filters: columns both "Call" and "CallHourlyStat" have. */
export function dimensionConditions(q: AnalyticsQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (q.accountSid) parts.push(Prisma.sql`"accountSid" = ${q.accountSid}`);
  const directions = q.direction ? twilioDirections(q.direction) : null;
  if (directions) parts.push(Prisma.sql`"direction" IN (${Prisma.join(directions)})`);
  if (q.statuses && q.statuses.length > 0) parts.push(Prisma.sql`"status" IN (${Prisma.join(q.statuses)})`);
  return parts.length > 0 ? Prisma.sql`AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/** A number search matches any part of either party's number. */
export function numberCondition(q: AnalyticsQuery): Prisma.Sql {
  if (!q.numberQuery) return Prisma.empty;
  const pattern = `%${q.numberQuery.replace(/[\\%_]/g, "\\$&")}%`;
  return Prisma.sql`AND ("from" LIKE ${pattern} OR "to" LIKE ${pattern})`;
}

export function inPeriod(column: Prisma.Sql, period: Period): Prisma.Sql {
  return Prisma.sql`${column} >= ${period.start}::timestamp AND ${column} < ${period.end}::timestamp`;
}

/** Every filter on "Call" rows of the connection within one period. */
export function callConditions(q: AnalyticsQuery, period: Period = q.range): Prisma.Sql {
  return Prisma.sql`"connectionId" = ${q.connectionId} AND ${inPeriod(Prisma.sql`"startTime"`, period)}
    ${dimensionConditions(q)} ${numberCondition(q)}`;
}

/** Calls that came in; every other direction counts as outbound (see twilioDirections). */
export const isInbound = Prisma.sql`"direction" IN (${Prisma.join(twilioDirections("inbound") ?? [])})`;

/** Twilio's directions folded into the two the UI shows. */
export const directionGroup = Prisma.sql`CASE WHEN ${isInbound} THEN 'inbound' ELSE 'outbound' END`;
