import "server-only";
import { env } from "@/lib/env";
import { PrismaClient } from "./generated/client";
import { openDatabase, type DatabaseConnection } from "./adapter";
import { resolveDatabaseTarget } from "./database-target";

type Opened = { db: PrismaClient; connection: DatabaseConnection };

// One client per process. Kept on globalThis so dev-server reloads reuse it: the embedded
// database allows a single opener per folder.
const globalForDb = globalThis as unknown as { __appDb?: Opened };

function open(): Opened {
  const connection = openDatabase(resolveDatabaseTarget(env().DATABASE_URL));
  return { db: new PrismaClient({ adapter: connection.adapter }), connection };
}

/** The app's Prisma client. Opened on first use, never at import (builds must not touch data). */
export function getDb(): PrismaClient {
  globalForDb.__appDb ??= open();
  return globalForDb.__appDb.db;
}

/**
 * Makes an already opened database the app's database in this process: for scripts and test
 * suites that open their own (an in-memory one, a benchmark's).
 */
export function installDatabase(opened: Opened): void {
  globalForDb.__appDb = opened;
}

/** Raw SQL access for analytics queries that Prisma's query API cannot express. */
export function getDbConnection(): DatabaseConnection {
  globalForDb.__appDb ??= open();
  return globalForDb.__appDb.connection;
}
