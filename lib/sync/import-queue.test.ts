import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { linkTwilioAccount } from "@/lib/connections";
import type { OpenedDatabase } from "@/lib/db";
import { startAppSimulator } from "@/tests/helpers/app-simulator";
import { openTestDatabase, testDatabaseKinds } from "@/tests/helpers/test-database";
import { newWorkspaceOwner } from "@/tests/helpers/workspaces";
import { HEARTBEAT_STALE_SECONDS } from "./lease";
import {
  CLAIM_STALE_SECONDS,
  claimImport,
  completeImport,
  countQueuedImports,
  deferImport,
  enqueueDueImports,
  enqueueImport,
  isImportRequested,
  releaseImport,
} from "./import-queue";
import { runImportWorker } from "./import-worker";
import { getSyncStatus } from "./status";

const simulator = startAppSimulator();

// The queue's SQL runs on both databases; only PostgreSQL has the separate connections that make
// the simultaneous claims below race for real (PGlite runs one query at a time).
describe.each(testDatabaseKinds())("the import queue on %s", (kind) => {
  let opened: OpenedDatabase;
  let owner: Awaited<ReturnType<typeof newWorkspaceOwner>>;
  let counter = 0;

  beforeAll(async () => {
    opened = await openTestDatabase(kind);
    owner = await newWorkspaceOwner(opened.db, `queue-${kind}@example.com`);
  });
  afterAll(async () => opened?.close());

  /** A connection row with no Twilio behind it: enough for the queue, which never imports. */
  async function connection(): Promise<string> {
    counter += 1;
    const created = await opened.db.twilioConnection.create({
      data: { workspaceId: owner.workspaceId, connectAccountSid: `AC${String(counter).padStart(32, "0")}` },
    });
    return created.id;
  }

  /** Empties the queue between tests: each test counts what it queued. */
  const clear = () => opened.db.importRequest.deleteMany();

  /** As if the worker holding the request stopped beating this long ago. */
  const silence = (connectionId: string, seconds: number) =>
    opened.db
      .$executeRaw`UPDATE "ImportRequest" SET "heartbeatAt" = now() - make_interval(secs => ${seconds}) WHERE "connectionId" = ${connectionId}`;

  it("keeps one request per connection, however often it is asked for", async () => {
    await clear();
    const id = await connection();
    await Promise.all([enqueueImport(id, true), enqueueImport(id), enqueueImport(id)]);
    expect(await opened.db.importRequest.count()).toBe(1);
    expect(await countQueuedImports()).toBe(1);
    // A plain ask (Refresh now) after Connect's: the import discovers the accounts after all.
    expect(await claimImport("worker-a")).toEqual({ connectionId: id, accountsJustDiscovered: false });
    expect(await countQueuedImports()).toBe(0);
    expect(await isImportRequested(id)).toBe(true);
  });

  it("never hands one request to two claimers asking at once", async () => {
    await clear();
    const ids = [await connection(), await connection(), await connection()];
    for (const id of ids) await enqueueImport(id);
    const claims = await Promise.all(Array.from({ length: 12 }, (_, i) => claimImport(`worker-${i}`)));
    const granted = claims.filter((claim) => claim !== null).map((claim) => claim.connectionId);
    expect(granted.sort()).toEqual([...ids].sort());
    const holders = await opened.db.importRequest.findMany({ select: { claimedBy: true } });
    expect(new Set(holders.map((h) => h.claimedBy)).size).toBe(3);
  });

  it("leaves a live worker's request alone and gives a stopped worker's to another", async () => {
    await clear();
    const id = await connection();
    await enqueueImport(id);
    expect(await claimImport("worker-a")).toMatchObject({ connectionId: id });
    // Its account leases are stale after HEARTBEAT_STALE_SECONDS; the request only later.
    await silence(id, HEARTBEAT_STALE_SECONDS + 1);
    expect(await claimImport("worker-b")).toBeNull();
    await silence(id, CLAIM_STALE_SECONDS + 1);
    expect(await countQueuedImports()).toBe(1);
    expect(await claimImport("worker-b")).toMatchObject({ connectionId: id });
    // The stopped worker, come back, cannot end what is now the other's.
    await completeImport(id, "worker-a");
    expect(await opened.db.importRequest.findUnique({ where: { connectionId: id } })).toMatchObject({
      claimedBy: "worker-b",
    });
    await completeImport(id, "worker-b");
    expect(await isImportRequested(id)).toBe(false);
  });

  it("runs the import once more when it is asked for again while it runs", async () => {
    await clear();
    const id = await connection();
    await enqueueImport(id);
    await claimImport("worker-a");
    await new Promise((resolve) => setTimeout(resolve, 5));
    await enqueueImport(id);
    await completeImport(id, "worker-a");
    expect(await claimImport("worker-b")).toMatchObject({ connectionId: id });
    await completeImport(id, "worker-b");
    expect(await isImportRequested(id)).toBe(false);
  });

  it("gives a request back unfinished, for the next claim", async () => {
    await clear();
    const id = await connection();
    await enqueueImport(id);
    await claimImport("worker-a");
    await releaseImport(id, "worker-a");
    expect(await claimImport("worker-b")).toMatchObject({ connectionId: id });
  });

  it("puts off a request whose import runs elsewhere until its claim would be stale", async () => {
    await clear();
    const id = await connection();
    await enqueueImport(id);
    await claimImport("worker-a");
    await deferImport(id, "worker-a");
    expect(await claimImport("worker-b")).toBeNull();
    await silence(id, CLAIM_STALE_SECONDS + 1);
    expect(await claimImport("worker-b")).toMatchObject({ connectionId: id });
  });

  it("queues the scheduled imports: active connections with no import for ten minutes", async () => {
    await clear();
    await opened.db.twilioConnection.updateMany({ data: { status: "revoked" } });
    const never = await connection();
    const recent = await connection();
    const stale = await connection();
    await opened.db.twilioConnection.update({ where: { id: recent }, data: { lastSyncedAt: new Date() } });
    await opened.db.twilioConnection.update({
      where: { id: stale },
      data: { lastSyncedAt: new Date(Date.now() - 11 * 60_000) },
    });
    expect(await enqueueDueImports()).toBe(2);
    const queued = await opened.db.importRequest.findMany({ select: { connectionId: true } });
    expect(queued.map((q) => q.connectionId).sort()).toEqual([never, stale].sort());
    // Already queued: nothing is added.
    expect(await enqueueDueImports()).toBe(0);
  });

  it("a worker imports a queued connection, shows it pending meanwhile, and stops on its signal", async () => {
    await clear();
    await opened.db.twilioConnection.updateMany({ data: { status: "revoked" } });
    const email = `worker-${kind}-${Date.now()}@example.com`;
    await simulator.current.control.createUser({ name: "Worker", email, calls: 300 });
    const { connectionId } = await linkTwilioAccount(owner.target, await simulator.current.connect(email));
    await enqueueImport(connectionId, true);
    expect((await getSyncStatus(connectionId)).state).toBe("pending");

    const stop = new AbortController();
    const worker = runImportWorker({ signal: stop.signal, concurrency: 2, pollMs: 50 });
    await expect.poll(() => isImportRequested(connectionId), { timeout: 20_000 }).toBe(false);
    stop.abort();
    await worker;
    expect(await opened.db.call.count({ where: { connectionId } })).toBe(300);
    expect((await getSyncStatus(connectionId)).state).toBe("idle");
  });
});
