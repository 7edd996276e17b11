// The database: the app's Prisma client (PGlite or PostgreSQL by DATABASE_URL), raw SQL access,
// migrations, and the schema's generated types.
export { getDb, getDbConnection, installDatabase } from "./app-database";
export { openMigratedDatabase, type Database, type OpenedDatabase } from "./client";
export { openDatabase, type DatabaseConnection } from "./adapter";
export { applyMigrations, MIGRATIONS_DIR } from "./migrate";
export { describeDatabaseTarget, resolveDatabaseTarget, type DatabaseTarget } from "./database-target";
export { checkDatabase } from "./health";
export { Prisma } from "./generated/client";
export * from "./generated/enums";
export type {
  Account,
  AccountSync,
  Call,
  CallBreakdownMonthlyStat,
  CallHourlyStat,
  CallNumberMonthlyStat,
  AuditEvent,
  ConnectState,
  Invitation,
  Membership,
  Message,
  TwilioAccount,
  TwilioConnection,
  User,
  Workspace,
} from "./generated/client";
