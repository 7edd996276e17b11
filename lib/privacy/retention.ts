import "server-only";
import { getDb } from "@/lib/db";
import { env } from "@/lib/env";
import { forgetStatsBefore } from "@/lib/rollups";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Rows deleted per statement: each batch is a short transaction, so imports and pages are not held up. */
const BATCH = 5_000;
/** Batches per list and run: a first run over years of history spreads over several scheduled runs. */
const MAX_BATCHES = 40;

/**
 * The retention period's start (RETENTION_DAYS): the UTC day start that many days before today.
 * Calls that started and messages sent before it are deleted and never imported again. Null
 * when no period is set. Whole days, as imports read whole days and rollups count whole hours.
 */
export function retentionCutoff(now = new Date()): Date | null {
  const days = env().RETENTION_DAYS;
  if (!days) return null;
  return new Date((Math.floor(now.getTime() / DAY_MS) - days) * DAY_MS);
}

type RetentionOutcome = { cutoff: string; calls: number; messages: number; done: boolean } | null;

/**
 * The scheduled run's retention step: deletes calls and messages older than the cutoff in
 * bounded batches, then the rollups of those days and the completeness checks of days before it
 * (a day without its calls would read as a mismatch and be imported again). What is left over
 * (`done` false) goes on the next run. Usage records stay: they are Twilio's billing totals per
 * account and category, with no number in them, and the spend page reads them.
 */
export async function applyRetention(now = new Date()): Promise<RetentionOutcome> {
  const cutoff = retentionCutoff(now);
  if (!cutoff) return null;
  const db = getDb();
  const calls = { deleted: 0, done: false };
  for (let batch = 0; batch < MAX_BATCHES && !calls.done; batch += 1) {
    const count = await db.$executeRaw`
      DELETE FROM "Call" WHERE ("connectionId", "sid") IN (
        SELECT "connectionId", "sid" FROM "Call" WHERE "startTime" < ${cutoff} LIMIT ${BATCH})`;
    calls.deleted += count;
    calls.done = count < BATCH;
  }
  const messages = { deleted: 0, done: false, connections: new Set<string>() };
  for (let batch = 0; batch < MAX_BATCHES && !messages.done; batch += 1) {
    const rows = await db.$queryRaw<{ connectionId: string }[]>`
      DELETE FROM "Message" WHERE ("connectionId", "sid") IN (
        SELECT "connectionId", "sid" FROM "Message" WHERE "dateSent" < ${cutoff} LIMIT ${BATCH})
      RETURNING "connectionId"`;
    for (const row of rows) messages.connections.add(row.connectionId);
    messages.deleted += rows.length;
    messages.done = rows.length < BATCH;
  }
  await forgetStatsBefore(cutoff, [...messages.connections]);
  await db.completenessCheck.deleteMany({ where: { day: { lt: cutoff } } });
  return {
    cutoff: cutoff.toISOString(),
    calls: calls.deleted,
    messages: messages.deleted,
    done: calls.done && messages.done,
  };
}
