import type twilio from "twilio";
import { getDb, getDbConnection } from "@/lib/db";
import { callsByStatusUrl, fetchCall, fetchListPage, type WireRecord } from "@/lib/twilio";
import { withPageSlot } from "./page-slots";
import { upsertRecords } from "./write-rows";

/** Stored queued calls re-read by SID per import, oldest first; the rest wait for the next. */
const MAX_REFETCHED = 200;

/**
 * Calls waiting to be dialed have no start_time on Twilio, so no time window lists them; they
 * are read by status and stored at their creation time. Once dialed they have a start_time, and
 * the windows, which reach back to the oldest unsettled call, update them. A stored queued call
 * that left the queue without being dialed (canceled) has no start_time either: it is fetched
 * by SID.
 */
export async function importUnstartedCalls(
  client: twilio.Twilio,
  target: { accountSid: string; connectionId: string },
): Promise<number> {
  const queued = new Set<string>();
  let written = 0;
  let url: string | null = callsByStatusUrl(target.accountSid, "queued");
  while (url) {
    const page = await withPageSlot(() => fetchListPage(client, "calls", url ?? ""));
    for (const call of page.records) if (typeof call.sid === "string") queued.add(call.sid);
    written += await upsertRecords(getDbConnection(), "calls", target.connectionId, page.records);
    url = page.nextPageUrl;
  }
  const left = await getDb().call.findMany({
    where: {
      connectionId: target.connectionId,
      accountSid: target.accountSid,
      status: "queued",
      sid: { notIn: [...queued] },
    },
    orderBy: { dateCreated: "asc" },
    select: { sid: true },
    take: MAX_REFETCHED,
  });
  const fetched: WireRecord[] = [];
  for (const { sid } of left) {
    const call = await fetchCall(client, target.accountSid, sid);
    if (call) fetched.push(call);
  }
  return written + (fetched.length ? await upsertRecords(getDbConnection(), "calls", target.connectionId, fetched) : 0);
}
