import "server-only";
import { getDb } from "@/lib/db";
import type { Prisma } from "@/lib/db";

/** Runs one parameterised query. Numeric columns are cast to float8/int in SQL, so rows hold plain numbers. */
export function runQuery<Row>(query: Prisma.Sql): Promise<Row[]> {
  return getDb().$queryRaw<Row[]>(query);
}
