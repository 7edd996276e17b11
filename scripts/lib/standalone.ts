import { cp, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";

/** What `next build` leaves for the server to run from: the traced server and the node_modules it needs. */
export const STANDALONE_DIR = ".next/standalone";
export const STANDALONE_SERVER = join(STANDALONE_DIR, "server.js");

// Next's server.js sets NODE_ENV=production whatever it was given (vercel/next.js#58294); the
// demo and the e2e suite serve this very build with NODE_ENV=test, which allows demo sign-in.
// Unset, it stays production, as `next start` does.
const FORCED_NODE_ENV = "process.env.NODE_ENV = 'production'";
const DEFAULT_NODE_ENV = "process.env.NODE_ENV ||= 'production'";

/**
 * Makes `.next/standalone` servable on its own: Next leaves out the public files and the browser
 * bundles (a CDN may serve them), which this app serves itself.
 */
export async function completeStandalone(): Promise<void> {
  await cp("public", join(STANDALONE_DIR, "public"), { recursive: true });
  await cp(".next/static", join(STANDALONE_DIR, ".next/static"), { recursive: true });
  const server = await readFile(STANDALONE_SERVER, "utf8");
  if (server.split(FORCED_NODE_ENV).length !== 2)
    throw new Error(`${STANDALONE_SERVER} no longer sets NODE_ENV as expected: check scripts/lib/standalone.ts`);
  await writeFile(STANDALONE_SERVER, server.replace(FORCED_NODE_ENV, DEFAULT_NODE_ENV));
}
