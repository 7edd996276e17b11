import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import pg from "pg";

// The CPU PostgreSQL spends on one import: the backends serving the importer's connections (named
// by `application_name`), found in pg_stat_activity while it runs, their CPU read from /proc. Only
// a server on this machine can be read so; a backend's last fraction of a sampling interval, a
// parallel worker that came and went between samples, and autovacuum after the import are not
// counted, so the figure is a floor.

const SAMPLE_MS = 200;
const ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;

/** A process's user + system CPU in clock ticks, or null once it has gone. */
async function cpuTicks(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, "utf8");
    // Fields after the command's closing parenthesis: state is the 3rd field, utime the 14th, stime the 15th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * Runs `work` while following the PostgreSQL backends whose connections carry `applicationName`
 * (and their parallel workers); their CPU seconds, or null when none was ever seen (a server on
 * another machine).
 */
export async function withPostgresCpu<T>(
  serverUrl: string,
  applicationName: string,
  work: () => Promise<T>,
): Promise<{ result: T; postgresCpuSeconds: number | null }> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  const lastTicks = new Map<number, number>();
  let done = false;
  const sample = async () => {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
       WHERE application_name = $1
          OR leader_pid IN (SELECT pid FROM pg_stat_activity WHERE application_name = $1)`,
      [applicationName],
    );
    for (const { pid } of rows) {
      const ticks = await cpuTicks(pid);
      if (ticks !== null) lastTicks.set(pid, ticks);
    }
  };
  const sampling = (async () => {
    while (!done) {
      await sample();
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS));
    }
  })();
  try {
    const result = await work();
    return { result, postgresCpuSeconds: lastTicks.size === 0 ? null : sum(lastTicks) / ticksPerSecond };
  } finally {
    done = true;
    await sampling.catch(() => undefined);
    await client.end();
  }
}

const sum = (ticks: Map<number, number>) => [...ticks.values()].reduce((total, n) => total + n, 0);
