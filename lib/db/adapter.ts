import { mkdirSync } from "node:fs";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PrismaPg } from "@prisma/adapter-pg";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import type { DatabaseTarget } from "./database-target";
import { PrismaCompatiblePool } from "./pg-pool";

/** A database opened for Prisma, plus the raw access that migrations need. */
export type DatabaseConnection = {
  adapter: SqlMigrationAwareDriverAdapterFactory;
  /** The PostgreSQL schema tables live in, when not `public`. */
  schema?: string;
  /** Runs a multi-statement SQL script (simple query protocol). */
  exec(script: string): Promise<void>;
  query<Row>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** PGlite keeps the process alive until closed; PostgreSQL pools hold sockets. */
  close(): Promise<void>;
};

export function openDatabase(target: DatabaseTarget): DatabaseConnection {
  return target.kind === "postgres" ? openPostgres(target.url) : openPglite(target.dataDir);
}

function openPostgres(url: string): DatabaseConnection {
  // Prisma's `?schema=` convention selects a schema other than public (tests use one each).
  const parsed = new URL(url);
  const schema = parsed.searchParams.get("schema") ?? undefined;
  parsed.searchParams.delete("schema");
  const pool = new PrismaCompatiblePool({
    connectionString: parsed.toString(),
    max: 10,
    ...(schema ? { options: `-c search_path="${schema.replaceAll('"', "")}"` } : {}),
  });
  return {
    schema,
    adapter: new PrismaPg(pool, schema ? { schema } : undefined),
    exec: async (script) => {
      await pool.query(script);
    },
    query: async <Row>(sql: string, params?: unknown[]) => (await pool.query(sql, params)).rows as Row[],
    close: () => pool.end(),
  };
}

function openPglite(dataDir: string | null): DatabaseConnection {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // pg_trgm: the trigram indexes number search reads (migration 20261207200348_number_search_trigrams).
  const extensions = { pg_trgm };
  const pglite = dataDir ? new PGlite(dataDir, { extensions }) : new PGlite({ extensions });
  const close = async () => {
    if (!pglite.closed) await pglite.close();
  };
  return {
    // pglite-prisma-adapter 0.6 is typed against driver-adapter-utils 6.10, whose `argTypes` were
    // plain strings; it never reads them, so the 6.19 shape is safe to hand it.
    adapter: closingOnDispose(new PrismaPGlite(pglite) as unknown as SqlMigrationAwareDriverAdapterFactory, close),
    exec: async (script) => {
      await pglite.exec(script);
    },
    query: async <Row>(sql: string, params?: unknown[]) => (await pglite.query<Row>(sql, params)).rows,
    close,
  };
}

// The PGlite adapter's dispose() is a no-op, so `$disconnect()` would leave the WASM database
// open and the process hanging. Disposing the adapter closes it.
function closingOnDispose(
  factory: SqlMigrationAwareDriverAdapterFactory,
  close: () => Promise<void>,
): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connectToShadowDb: () => factory.connectToShadowDb(),
    async connect() {
      const adapter = await factory.connect();
      return Object.assign(adapter, { dispose: close });
    },
  };
}
