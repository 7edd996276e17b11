import { DAY_SECONDS } from "../lib/twilio-time";
import { MAX_CALL_SECONDS } from "./call-generator";
import type { CallRecord } from "./call-record";
import { MAX_QUEUE_SECONDS, type MessageRecord } from "./message-record";
import type { RecordLog } from "./record-log";
import { tallyCalls, tallyMessages } from "./usage-activity";
import type { Tallies } from "./usage-categories";

/**
 * After this long past a day's end nothing in it changes by the clock: its calls have ended
 * (a call lasts at most MAX_CALL_SECONDS; a <Dial> parent a few seconds past its leg), their prices
 * came (at most 5 minutes later), and its messages were sent and priced within minutes. An hour
 * covers both.
 */
export const USAGE_SETTLE_SECONDS = MAX_CALL_SECONDS + 3600;

export const dayOf = (sec: number) => Math.floor(sec / DAY_SECONDS) * DAY_SECONDS;

/**
 * One account's usage from its calls and messages, per UTC day: a call by its start, a message by
 * its date_sent. A day is counted when asked for, from that day's records only (both logs are
 * searched by time), and kept once settled; a record added or changed at run time drops its day.
 */
export class UsageLedger {
  private readonly settled = new Map<number, Tallies>();

  constructor(
    private readonly calls: RecordLog<CallRecord>,
    private readonly messages: RecordLog<MessageRecord>,
  ) {
    calls.onChange((changed) => changed.forEach((call) => this.settled.delete(dayOf(call.startSec))));
    messages.onChange((changed) => changed.forEach((message) => this.settled.delete(dayOf(message.dequeuedSec))));
  }

  /** `daySec`: the day's first second (UTC). */
  day(daySec: number, nowSec: number): Tallies {
    const kept = this.settled.get(daySec);
    if (kept) return kept;
    const last = daySec + DAY_SECONDS - 1;
    const tallies: Tallies = new Map();
    tallyCalls(this.calls.source({ minSec: daySec, maxSec: last }, () => true).backward(null), nowSec, tallies);
    // Messages are kept by creation; one leaves the queue (its date_sent) within a minute of it.
    const sentThatDay = (m: MessageRecord) => m.dequeuedSec >= daySec && m.dequeuedSec <= last;
    const messages = this.messages.source({ minSec: daySec - MAX_QUEUE_SECONDS, maxSec: last }, sentThatDay);
    tallyMessages(messages.backward(null), nowSec, tallies);
    // Empty days (before the history, mostly) cost a binary search: not worth the memory.
    if (tallies.size > 0 && nowSec >= daySec + DAY_SECONDS + USAGE_SETTLE_SECONDS) this.settled.set(daySec, tallies);
    return tallies;
  }
}
