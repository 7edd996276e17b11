// npm run db:new-migration -- <name> – writes the SQL that takes the last committed schema to
// prisma/schema.prisma as a new migration. (`prisma migrate dev` needs a shadow database that the
// driver-adapter setup does not provide; `migrate diff` between two datamodels does not.)
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

// The CLI opens the (in-memory) embedded database through prisma.config.ts and, as PGlite keeps a
// timer armed, never exits by itself: stop it once its output has gone quiet.
function diff(from: string, to: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      "node_modules/.bin/prisma",
      ["migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script"],
      { env: { ...process.env, DATABASE_URL: "memory://" }, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    let quiet: NodeJS.Timeout | undefined;
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      clearTimeout(quiet);
      quiet = setTimeout(() => child.kill(), 1500);
    });
    child.on("exit", (code, signal) =>
      code === 0 || signal ? resolve(out) : reject(new Error(`prisma migrate diff failed (${code})`)),
    );
  });
}

async function main() {
  const name = process.argv[2];
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("Usage: npm run db:new-migration -- <name_in_snake_case>");
  const committed = path.join(mkdtempSync(path.join(tmpdir(), "schema-")), "schema.prisma");
  writeFileSync(committed, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
  const sql = await diff(committed, "prisma/schema.prisma");
  if (!/\b(CREATE|ALTER|DROP)\b/.test(sql))
    throw new Error("prisma/schema.prisma matches the last commit: nothing to migrate.");
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`Wrote ${dir}/migration.sql. Review it, then run npm run db:migrate.`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
