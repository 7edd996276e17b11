import { PrismaClient } from "./generated/client";
import { openDatabase, type DatabaseConnection } from "./adapter";
import { resolveDatabaseTarget } from "./database-target";
import { applyMigrations } from "./migrate";

export type Database = PrismaClient;

export type OpenedDatabase = { db: Database; connection: DatabaseConnection; close(): Promise<void> };

/** Opens the database a URL names and brings its schema up to date. Tests and scripts use this. */
export async function openMigratedDatabase(databaseUrl: string | undefined): Promise<OpenedDatabase> {
  const connection = openDatabase(resolveDatabaseTarget(databaseUrl));
  await applyMigrations(connection);
  const db = new PrismaClient({ adapter: connection.adapter });
  return {
    db,
    connection,
    close: async () => {
      await db.$disconnect();
      await connection.close();
    },
  };
}
