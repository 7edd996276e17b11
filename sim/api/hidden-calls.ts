import { callStateAt } from "../data/call-record";
import { DAY_SECONDS } from "../lib/twilio-time";
import type { SimStore } from "../store/sim-store";
import type { SimAccount } from "../store/types";

const NONE: ReadonlySet<string> = new Set();

/**
 * The calls the `hiddenCalls` fault takes out of the account's Calls list and fetch: the oldest
 * `count` completed calls that started on the day, found by walking that day from its start (so
 * a few calls are generated, not the day). Always the same ones once the day has settled. The
 * list filters them before paging, so page tokens and next_page_uri never name one.
 */
export function hiddenCallSids(store: SimStore, account: SimAccount, nowSec: number): ReadonlySet<string> {
  const hidden = store.faults.resolve([account.sid]).settings.hiddenCalls;
  if (!hidden) return NONE;
  const daySec = Date.parse(`${hidden.day}T00:00:00Z`) / 1000;
  const completed = account.calls.source(
    { minSec: daySec, maxSec: daySec + DAY_SECONDS - 1 },
    (call) => callStateAt(call, nowSec).status === "completed",
  );
  const sids = new Set<string>();
  for (const call of completed.backward(null)) {
    if (sids.size === hidden.count) break;
    sids.add(call.sid);
  }
  return sids;
}
