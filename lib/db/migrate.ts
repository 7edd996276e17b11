import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { DatabaseConnection } from "./adapter";

export const MIGRATIONS_DIR = path.join(/*turbopackIgnore: true*/ process.cwd(), "prisma", "migrations");

// Prisma's own bookkeeping table, so `prisma migrate status` and `prisma migrate deploy` agree
// with what this runner applied.
const MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
);`;

/**
 * Applies the committed migrations that the database has not seen, each in its own transaction.
 * Runs in-process rather than through `prisma migrate deploy` because the embedded database
 * lives inside the process that opened it (in-memory test databases, the PGlite folder).
 */
export async function applyMigrations(db: DatabaseConnection, dir = MIGRATIONS_DIR): Promise<string[]> {
  if (db.schema) await db.exec(`CREATE SCHEMA IF NOT EXISTS "${db.schema.replaceAll('"', "")}"`);
  await db.exec(MIGRATIONS_TABLE);
  const done = new Set(
    (
      await db.query<{ migration_name: string }>(
        `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      )
    ).map((row) => row.migration_name),
  );
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const applied: string[] = [];
  for (const name of names.filter((n) => !done.has(n))) {
    const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
    const checksum = createHash("sha256").update(sql).digest("hex");
    try {
      await db.exec(
        `BEGIN;\n${sql}\n;INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ('${randomUUID()}', '${checksum}', now(), '${name.replaceAll("'", "''")}', 1);\nCOMMIT;`,
      );
    } catch (error) {
      await db.exec("ROLLBACK;").catch(() => undefined);
      throw new Error(`Migration ${name} failed: ${(error as Error).message}`, { cause: error });
    }
    applied.push(name);
  }
  return applied;
}
