import { randomBytes } from "node:crypto";
import pg from "pg";
import { openMigratedDatabase, type OpenedDatabase } from "@/lib/db";
import { installDatabase } from "@/lib/db";

export type TestDatabaseKind = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL names a server. */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/**
 * A fresh, migrated database of the given kind, installed as the app's database: in-memory
 * PGlite, or a throw-away schema on the PostgreSQL server (dropped on close).
 */
export async function openTestDatabase(kind: TestDatabaseKind): Promise<OpenedDatabase> {
  if (kind === "pglite") return install(await openMigratedDatabase("memory://"));
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) throw new Error("TEST_DATABASE_URL is not set");
  const schema = `test_${randomBytes(6).toString("hex")}`;
  const url = new URL(serverUrl);
  url.searchParams.set("schema", schema);
  const opened = await openMigratedDatabase(url.toString());
  return install({
    ...opened,
    close: async () => {
      await opened.close();
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    },
  });
}

function install(opened: OpenedDatabase): OpenedDatabase {
  installDatabase(opened);
  return opened;
}
