import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  applyMigrations,
  MIGRATIONS_DIR,
  openDatabase,
  resolveDatabaseTarget,
  type DatabaseConnection,
} from "@/lib/db";
import type { TestDatabaseKind } from "./test-database";

/**
 * A blank database of the given kind migrated up to, not including, the migration `name`, for
 * tests that insert data the way an older version stored it and then apply `name`. `close` drops
 * what it made.
 */
export async function databaseBefore(
  kind: TestDatabaseKind,
  name: string,
): Promise<{ db: DatabaseConnection; applyRest: () => Promise<string[]>; close: () => Promise<void> }> {
  const older = await mkdtemp(path.join(tmpdir(), "migrations-"));
  for (const entry of await readdir(MIGRATIONS_DIR, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name < name)
      await cp(path.join(MIGRATIONS_DIR, entry.name), path.join(older, entry.name), { recursive: true });
  }
  const { db, drop } = openBlank(kind);
  await applyMigrations(db, older);
  return {
    db,
    applyRest: () => applyMigrations(db),
    close: async () => {
      await drop();
      await db.close();
      await rm(older, { recursive: true, force: true });
    },
  };
}

function openBlank(kind: TestDatabaseKind): { db: DatabaseConnection; drop: () => Promise<void> } {
  const server = process.env.TEST_DATABASE_URL;
  if (kind === "pglite" || !server)
    return { db: openDatabase(resolveDatabaseTarget("memory://")), drop: async () => undefined };
  const schema = `migration_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const url = new URL(server);
  url.searchParams.set("schema", schema);
  const db = openDatabase(resolveDatabaseTarget(url.toString()));
  return { db, drop: () => db.exec(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`) };
}
