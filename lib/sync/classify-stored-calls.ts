import "server-only";
import { getDb, Prisma } from "@/lib/db";
import { partyOf } from "./parties";

// Fixed column names per side of a call, never input.
const SIDES = [
  { number: Prisma.raw(`"from"`), country: Prisma.raw(`"fromCountry"`), type: Prisma.raw(`"fromNumberType"`) },
  { number: Prisma.raw(`"to"`), country: Prisma.raw(`"toCountry"`), type: Prisma.raw(`"toNumberType"`) },
];

/** Distinct numbers classified per statement: bounds the memory a connection of many numbers takes. */
const BATCH = 20_000;

/**
 * Gives the connection's calls imported before number types existed each party's country and
 * number type, from the numbers stored (an import only re-reads its last days, so older calls
 * would never get them): once per connection, before its first sync after the upgrade sums the
 * months again. Imports classify the calls they write themselves.
 */
export async function classifyStoredCalls(connectionId: string, batchSize = BATCH): Promise<void> {
  const db = getDb();
  const connection = await db.twilioConnection.findUnique({
    where: { id: connectionId },
    select: { callsClassifiedAt: true },
  });
  if (!connection || connection.callsClassifiedAt) return;
  for (const side of SIDES) {
    const unclassified = Prisma.sql`"connectionId" = ${connectionId} AND ${side.type} IS NULL`;
    let after: string | null = null;
    for (;;) {
      const rows: { number: string }[] = await db.$queryRaw`
        SELECT DISTINCT ${side.number} AS number FROM "Call"
        WHERE ${unclassified} AND (${after}::text IS NULL OR ${side.number} > ${after})
        ORDER BY 1 LIMIT ${batchSize}`;
      if (rows.length === 0) break;
      const parties = rows.map(({ number }) => ({ number, ...partyOf(number) }));
      await db.$executeRaw`
        UPDATE "Call" SET ${side.country} = p.country, ${side.type} = p.type
        FROM json_to_recordset(${JSON.stringify(parties)}::json) AS p(number text, country text, type text)
        WHERE ${unclassified} AND ${side.number} = p.number`;
      after = rows.at(-1)?.number ?? null;
    }
  }
  await db.twilioConnection.update({ where: { id: connectionId }, data: { callsClassifiedAt: new Date() } });
}
