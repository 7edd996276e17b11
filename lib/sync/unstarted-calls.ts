import type twilio from "twilio";
import { getDbConnection } from "@/lib/db";
import { callsByStatusUrl, fetchListPage } from "@/lib/twilio";
import { withPageSlot } from "./page-slots";
import { upsertRecords } from "./write-rows";
import type { ImportTarget } from "./import-account";

/**
 * Calls waiting to be dialed have no start_time on Twilio, so no time window lists them; they
 * are read by status and stored at their creation time. Once dialed they have a start_time, and
 * the next import's windows, which reach back to the oldest unsettled call, update them.
 */
export async function importUnstartedCalls(client: twilio.Twilio, target: ImportTarget): Promise<number> {
  let written = 0;
  let url: string | null = callsByStatusUrl(target.accountSid, "queued");
  while (url) {
    const page = await withPageSlot(() => fetchListPage(client, "calls", url ?? ""));
    written += await upsertRecords(getDbConnection(), "calls", target.connectionId, page.records);
    url = page.nextPageUrl;
  }
  return written;
}
