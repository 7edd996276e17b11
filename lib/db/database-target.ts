import path from "node:path";

/** Where the app's data lives, derived from DATABASE_URL. */
export type DatabaseTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string | null };

export const DEFAULT_PGLITE_DIR = ".data/pglite";

/**
 * Unset or a local folder (`./.data/db`, `file:./.data/db`): the embedded PGlite database kept
 * in that folder. `memory://`: PGlite in memory (tests). `postgres://`/`postgresql://`: PostgreSQL.
 */
export function resolveDatabaseTarget(databaseUrl: string | undefined): DatabaseTarget {
  const value = databaseUrl?.trim() ?? "";
  if (value === "") return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ DEFAULT_PGLITE_DIR) };
  if (/^postgres(ql)?:\/\//.test(value)) return { kind: "postgres", url: value };
  if (value === "memory://") return { kind: "pglite", dataDir: null };
  if (value.startsWith("file:"))
    return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ value.slice(5)) };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value))
    return { kind: "pglite", dataDir: path.resolve(/*turbopackIgnore: true*/ value) };
  throw new Error(
    `DATABASE_URL must be a postgres:// or postgresql:// URL, memory://, or a local folder for the embedded database; got "${value.split("://")[0]}://…"`,
  );
}

/** A human description that never includes credentials. */
export function describeDatabaseTarget(target: DatabaseTarget): string {
  if (target.kind === "pglite")
    return target.dataDir ? `the embedded database in ${target.dataDir}` : "an in-memory embedded database";
  const url = new URL(target.url);
  return `PostgreSQL at ${url.hostname}:${url.port || "5432"}${url.pathname}`;
}
