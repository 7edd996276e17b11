import path from "node:path";
import { defineConfig } from "prisma/config";
// The Prisma CLI loads this file on its own, where lib/db's index (server-only, the app's settings)
// cannot load: it takes the two files that open a database, and nothing else of the app.
/* eslint-disable no-restricted-imports */
import { openDatabase } from "./lib/db/adapter";
import { resolveDatabaseTarget } from "./lib/db/database-target";
/* eslint-enable no-restricted-imports */

const target = resolveDatabaseTarget(process.env.DATABASE_URL);
// The CLI validates the schema's `url` as a PostgreSQL URL even though the adapter below does
// the talking; without a valid one it falls back to downloading a native engine.
if (target.kind === "pglite") process.env.DATABASE_URL = "postgresql://embedded-pglite.invalid/app";

// The CLI talks to the database through the same driver adapters as the app, with Prisma's
// bundled WASM schema engine: no native engine download, and one migration history for PGlite
// and PostgreSQL alike.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return openDatabase(target).adapter;
  },
});
