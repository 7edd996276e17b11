// npm run db:migrate – applies prisma/migrations to the database DATABASE_URL names.
import { applyMigrations, describeDatabaseTarget, openDatabase, resolveDatabaseTarget } from "@/lib/db";

async function main() {
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  const db = openDatabase(target);
  try {
    const applied = await applyMigrations(db);
    const where = describeDatabaseTarget(target);
    console.log(applied.length ? `Applied ${applied.join(", ")} to ${where}.` : `${where} is up to date.`);
  } finally {
    await db.close();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
