import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { linkTwilioAccount } from "@/lib/connections";
import { installDatabase, openMigratedDatabase } from "@/lib/db";
import type { ListName } from "@/lib/twilio";
import { actorOf, createWorkspace } from "@/lib/workspaces";
import type { SimControlClient } from "../sim/control-client";
import { withPostgresCpu } from "./postgres-cpu";

const run = promisify(execFile);

/**
 * The importer's V8 old-space cap. Its live set is the pages in flight (under 100 MB of heap with
 * 12 windows); left to its defaults on a large machine V8 lets garbage pile up to ~340 MB before
 * collecting, with no gain in speed. Measured on 1M calls: 160 MB gave 282–296 MB peak RSS,
 * 128 MB gave 272–273 MB at the same speed. Both imports get the same cap.
 */
const IMPORTER_HEAP_MB = 128;

/**
 * `cpuSeconds`: the importer process's own CPU (user + system), which other work on the machine
 * moves less than wall time; `postgresCpuSeconds`: its PostgreSQL backends' (bench/postgres-cpu.ts),
 * null for a server on another machine.
 */
export type ImportFigures = {
  records: number;
  seconds: number;
  perSecond: number;
  /** Until the last page of records was stored: lib/sync goes on with usage and the completeness check. */
  recordsSeconds: number;
  recordsPerSecond: number;
  cpuSeconds: number;
  postgresCpuSeconds: number | null;
  peakRssMb: number;
};

async function worker(
  mode: "sync" | "baseline",
  list: ListName,
  connectionId: string,
  env: NodeJS.ProcessEnv,
): Promise<ImportFigures> {
  const flags = [`--max-old-space-size=${IMPORTER_HEAP_MB}`, "--conditions=react-server", "--import", "tsx"];
  // The worker's connections carry a name of their own, by which its PostgreSQL backends are found.
  const databaseUrl = new URL(env.DATABASE_URL ?? "");
  const applicationName = `bench-${mode}-${list}-${connectionId}`.slice(0, 63);
  databaseUrl.searchParams.set("application_name", applicationName);
  const serverUrl = new URL(databaseUrl);
  serverUrl.search = "";
  const {
    result: { stdout, stderr },
    postgresCpuSeconds,
  } = await withPostgresCpu(serverUrl.toString(), applicationName, () =>
    run(process.execPath, [...flags, "bench/import-worker.ts", mode, list, connectionId], {
      env: { ...env, DATABASE_URL: databaseUrl.toString() },
      maxBuffer: 1 << 20,
      timeout: 60 * 60 * 1000,
    }),
  );
  if (process.env.BENCH_MEMLOG) process.stderr.write(stderr);
  const result = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as {
    records: number;
    ms: number;
    recordsMs: number;
    cpuSeconds: number;
    peakRssMb: number;
  };
  return {
    records: result.records,
    seconds: result.ms / 1000,
    perSecond: result.records / (result.ms / 1000),
    recordsSeconds: result.recordsMs / 1000,
    recordsPerSecond: result.records / (result.recordsMs / 1000),
    cpuSeconds: result.cpuSeconds,
    postgresCpuSeconds,
    peakRssMb: result.peakRssMb,
  };
}

/**
 * Imports one simulated account holding `records` records of `list` (and none of the other list)
 * twice into fresh schemas of the same database: once with the SDK's sequential paging of that
 * list (the baseline), once with lib/sync.
 */
export async function benchImport(options: {
  list: ListName;
  records: number;
  simUrl: string;
  sim: SimControlClient;
  authToken: string;
  databaseUrl: (label: string) => string;
  skipBaseline?: boolean;
}): Promise<{ baseline?: ImportFigures; sync: ImportFigures }> {
  const email = `bench-${options.list}-${options.records}-${Date.now()}@example.com`;
  await options.sim.createUser({
    name: `Bench ${options.records} ${options.list}`,
    email,
    calls: 0,
    messages: 0,
    [options.list]: options.records,
    subaccounts: [],
    historyDays: 365,
  });
  const { accountSid } = await options.sim.authorize({ email });

  const prepare = async (label: string) => {
    const databaseUrl = options.databaseUrl(label);
    const opened = await openMigratedDatabase(databaseUrl);
    installDatabase(opened);
    const user = await opened.db.user.create({ data: { email: `${label}-${email}` } });
    const workspaceId = await createWorkspace(user, "Bench");
    const { connectionId } = await linkTwilioAccount({ workspaceId, actor: actorOf(user) }, accountSid);
    await opened.close();
    return {
      connectionId,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        DEMO_MODE: "true",
        TWILIO_API_BASE_URL: options.simUrl,
        TWILIO_AUTH_TOKEN: options.authToken,
      },
    };
  };

  const synced = await prepare("sync");
  const sync = await worker("sync", options.list, synced.connectionId, synced.env);
  if (options.skipBaseline) return { sync };
  const base = await prepare("baseline");
  return { baseline: await worker("baseline", options.list, base.connectionId, base.env), sync };
}
