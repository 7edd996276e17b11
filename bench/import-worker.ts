// One import, in its own process so its peak memory is its own. Run by bench/import.ts:
//   node --conditions=react-server --import tsx bench/import-worker.ts <sync|baseline> <connectionId>
// Env: DATABASE_URL, TWILIO_API_BASE_URL, TWILIO_AUTH_TOKEN, DEMO_MODE. Prints one JSON line.
import type { CallInstance } from "twilio/lib/rest/api/v2010/account/call";
import { installDatabase, getDbConnection, openMigratedDatabase } from "../lib/db";
import { upsertRecords, syncConnection } from "@/lib/sync";
import { sdkClientForSimulator } from "../sim/testing/twilio-client";

// The SDK hands out CallInstance objects; back in Twilio's shape, the same writer takes them.
const asWire = (call: CallInstance) => ({
  sid: call.sid,
  account_sid: call.accountSid,
  parent_call_sid: call.parentCallSid,
  direction: call.direction,
  status: call.status,
  from: call.from,
  to: call.to,
  start_time: call.startTime?.toUTCString(),
  end_time: call.endTime?.toUTCString(),
  date_created: call.dateCreated?.toUTCString(),
  date_updated: call.dateUpdated?.toUTCString(),
  duration: call.duration,
  price: call.price,
  price_unit: call.priceUnit,
  answered_by: call.answeredBy,
  queue_time: call.queueTime,
  caller_name: call.callerName,
  forwarded_from: call.forwardedFrom,
});

/** What an app without lib/sync would do: the SDK's own paging, one page after another. */
async function baseline(connectionId: string): Promise<number> {
  const db = (await import("../lib/db")).getDb();
  const connection = await db.twilioConnection.findUniqueOrThrow({
    where: { id: connectionId },
    include: { accounts: true },
  });
  const client = sdkClientForSimulator(
    process.env.TWILIO_API_BASE_URL ?? "",
    connection.connectAccountSid,
    process.env.TWILIO_AUTH_TOKEN ?? "",
  );
  let total = 0;
  for (const account of connection.accounts) {
    const calls = client.api.v2010.accounts(account.sid).calls;
    let page = await calls.page({ pageSize: 1000 });
    for (;;) {
      total += await upsertRecords(getDbConnection(), "calls", connectionId, page.instances.map(asWire));
      if (!page.nextPageUrl) break;
      page = await calls.getPage(page.nextPageUrl);
    }
  }
  return total;
}

async function main() {
  const [mode, connectionId] = process.argv.slice(2);
  if ((mode !== "sync" && mode !== "baseline") || !connectionId)
    throw new Error("usage: import-worker <sync|baseline> <connectionId>");
  const opened = await openMigratedDatabase(process.env.DATABASE_URL);
  installDatabase(opened);
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  if (process.env.BENCH_MEMLOG) {
    setInterval(() => {
      const m = process.memoryUsage();
      console.error(
        `rss ${m.rss >> 20} heapTotal ${m.heapTotal >> 20} heapUsed ${m.heapUsed >> 20} external ${m.external >> 20} arrayBuffers ${m.arrayBuffers >> 20}`,
      );
    }, 2000).unref();
  }
  let calls: number;
  if (mode === "sync") {
    const outcome = await syncConnection(
      connectionId,
      process.env.BENCH_CONCURRENCY ? { concurrency: Number(process.env.BENCH_CONCURRENCY) } : {},
    );
    if (outcome.status !== "done") throw new Error(`sync ended ${JSON.stringify(outcome)}`);
    calls = outcome.records;
  } else {
    calls = await baseline(connectionId);
  }
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuAtStart);
  await opened.close();
  console.log(
    JSON.stringify({
      calls,
      ms,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
