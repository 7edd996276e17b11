import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runToEnd } from "./processes";
import { completeStandalone } from "./standalone";

/** Beside the build it describes: `next build` empties `.next`, so a stale stamp cannot outlive its build. */
const STAMP_FILE = ".next/source-stamp";

/** Never part of the Next.js bundle: changing them does not call for a new build. */
const NOT_BUILT = [
  /^docs\//,
  /^e2e\//,
  /^bench\//,
  /^sim\//,
  /^scripts\//,
  /^tests\//,
  /^\.ci\//,
  /\.md$/,
  /\.test\.tsx?$/,
  // The test runners' and linters' settings.
  /^(playwright|playwright\.screenshots|vitest|eslint)\.config\.m?[jt]s$/,
  /^\.prettier/,
];

/** Files Next.js reads while building although git ignores them. */
const ENV_FILES = [".env", ".env.local", ".env.production", ".env.production.local"];

/**
 * A hash of everything the build reads: the files git tracks or would track (so new files count,
 * and the lockfile with them), the env files, the `NEXT_PUBLIC_` variables the bundle inlines and
 * the Node.js version. Null outside a git checkout, where the build cannot be compared.
 */
export function sourceStamp(env: NodeJS.ProcessEnv, root = process.cwd()): string | null {
  let listing: string;
  try {
    listing = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
      cwd: root,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return null;
  }
  const files = [...new Set(listing.split("\0").filter((f) => f && !NOT_BUILT.some((p) => p.test(f))))].sort();
  const hash = createHash("sha256").update(process.version);
  for (const file of [...files, ...ENV_FILES]) hash.update(`\0${file}\0`).update(contentOf(join(root, file)));
  for (const name of Object.keys(env)
    .filter((n) => n.startsWith("NEXT_PUBLIC_"))
    .sort())
    hash.update(`\0${name}=${env[name] ?? ""}`);
  return hash.digest("hex");
}

function contentOf(file: string): Buffer | string {
  try {
    return readFileSync(file);
  } catch {
    return "\0missing";
  }
}

/**
 * Builds the production bundle unless the one in `.next` was built from these very sources.
 * The build gets no secrets and no ports: the server reads its settings when it starts, so one
 * build serves the demo and the e2e suite alike.
 */
export async function ensureProductionBuild(): Promise<"built" | "reused"> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" };
  const stamp = sourceStamp(env);
  const built = await readFile(STAMP_FILE, "utf8").catch(() => null);
  if (stamp !== null && built === stamp) return "reused";
  await rm(STAMP_FILE, { force: true });
  await buildStandalone(env);
  if (stamp !== null) await writeFile(STAMP_FILE, stamp);
  return "built";
}

/** `next build`, then the standalone server made complete (`npm run build` does this). */
export async function buildStandalone(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  await runToEnd("node_modules/.bin/next", ["build"], env);
  await completeStandalone();
}
