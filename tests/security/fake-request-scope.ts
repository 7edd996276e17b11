import type { Database } from "@/lib/db";

/** Who is signed in, and the work route handlers hand to `after()`, for tests that call handlers directly. */
export const requestScope = {
  userId: null as string | null,
  /** The signed-in person's address, for what is bound to one (invitations). */
  email: null as string | null,
  deferred: [] as Promise<unknown>[],
  /** Runs what the handlers deferred, as Next.js does once the response is sent. */
  async settle() {
    const pending = requestScope.deferred.splice(0);
    await Promise.all(pending);
  },
};

export const fakeUser = (id: string, email: string | null = null) => ({ id, name: null, email, image: null });

/** Rows in every table of the app's schema: a request that must write nothing leaves these alone. */
export async function rowCounts(db: Database): Promise<Record<string, number>> {
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM "${name}"`);
    counts[name] = row?.n ?? 0;
  }
  return counts;
}
