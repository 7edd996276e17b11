// One import, in its own process so its peak memory is its own. Run by bench/import.ts:
//   node --conditions=react-server --import tsx bench/import-worker.ts <sync|baseline> <calls|messages> <connectionId>
// Env: DATABASE_URL, TWILIO_API_BASE_URL, TWILIO_AUTH_TOKEN, DEMO_MODE. Prints one JSON line.
import type { AccountContext } from "twilio/lib/rest/api/v2010/account";
import type { CallInstance } from "twilio/lib/rest/api/v2010/account/call";
import type { MessageInstance } from "twilio/lib/rest/api/v2010/account/message";
import { installDatabase, getDbConnection, openMigratedDatabase } from "../lib/db";
import { upsertRecords, syncConnection } from "@/lib/sync";
import { LISTS, type ListName, type WireRecord } from "@/lib/twilio";
import { sdkClientForSimulator } from "../sim/testing/twilio-client";

// The SDK hands out instances; back in Twilio's shape, the same writer takes them.
const callAsWire = (call: CallInstance): WireRecord => ({
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

// The body stays behind: the import never reads it.
const messageAsWire = (message: MessageInstance): WireRecord => ({
  sid: message.sid,
  account_sid: message.accountSid,
  direction: message.direction,
  status: message.status,
  from: message.from,
  to: message.to,
  date_sent: message.dateSent?.toUTCString(),
  date_created: message.dateCreated?.toUTCString(),
  date_updated: message.dateUpdated?.toUTCString(),
  num_segments: message.numSegments,
  num_media: message.numMedia,
  price: message.price,
  price_unit: message.priceUnit,
  error_code: message.errorCode,
  messaging_service_sid: message.messagingServiceSid,
});

type SdkPage<Instance> = { instances: Instance[]; nextPageUrl?: string };
type SdkList<Instance> = {
  page(options: { pageSize: number }): Promise<SdkPage<Instance>>;
  getPage(url: string): Promise<SdkPage<Instance>>;
};

/** The SDK's own paging, one page after another, each page in Twilio's shape. */
async function* sdkPages<Instance>(list: SdkList<Instance>, asWire: (instance: Instance) => WireRecord) {
  let page = await list.page({ pageSize: 1000 });
  for (;;) {
    yield page.instances.map(asWire);
    if (!page.nextPageUrl) return;
    page = await list.getPage(page.nextPageUrl);
  }
}

const SDK_PAGES: Record<ListName, (account: AccountContext) => AsyncGenerator<WireRecord[]>> = {
  calls: (account) => sdkPages(account.calls, callAsWire),
  messages: (account) => sdkPages(account.messages, messageAsWire),
};

/** What an app without lib/sync would do: the SDK's own paging of the list, written page by page. */
async function baseline(list: ListName, connectionId: string): Promise<number> {
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
  for (const account of connection.accounts)
    for await (const records of SDK_PAGES[list](client.api.v2010.accounts(account.sid)))
      total += await upsertRecords(getDbConnection(), list, connectionId, records);
  return total;
}

const isListName = (value: string | undefined): value is ListName => value !== undefined && Object.hasOwn(LISTS, value);

async function main() {
  const [mode, list, connectionId] = process.argv.slice(2);
  if ((mode !== "sync" && mode !== "baseline") || !isListName(list) || !connectionId)
    throw new Error("usage: import-worker <sync|baseline> <calls|messages> <connectionId>");
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
  // lib/sync reads every list the account has: the bench's accounts hold records of one list only.
  let records: number;
  // When the last page of records was stored: the sync goes on with usage and the completeness check.
  let recordsMs: number | null = null;
  const onPage = () => {
    recordsMs = performance.now() - started;
  };
  if (mode === "sync") {
    const outcome = await syncConnection(connectionId, {
      onPage,
      ...(process.env.BENCH_CONCURRENCY ? { concurrency: Number(process.env.BENCH_CONCURRENCY) } : {}),
    });
    if (outcome.status !== "done") throw new Error(`sync ended ${JSON.stringify(outcome)}`);
    records = outcome.records;
  } else {
    records = await baseline(list, connectionId);
  }
  const ms = performance.now() - started;
  // The baseline stores records only: all of its time is the records' time.
  recordsMs ??= ms;
  const cpu = process.cpuUsage(cpuAtStart);
  await opened.close();
  console.log(
    JSON.stringify({
      records,
      ms,
      recordsMs,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
    }),
  );
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
