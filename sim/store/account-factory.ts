import { buildProfile } from "../data/account-profile";
import { callSeries } from "../data/call-generator";
import type { CallRecord } from "../data/call-record";
import type { CountryCode } from "../data/countries";
import { messageSeries } from "../data/message-generator";
import type { MessageRecord } from "../data/message-record";
import { RecordLog } from "../data/record-log";
import { UsageLedger } from "../data/usage-ledger";
import { buildIntensity } from "../data/timeline";
import { SidCodec } from "../lib/sid-codec";
import type { SimAccount } from "./types";

export interface AccountData {
  seed: number;
  codec: SidCodec;
  nowSec: number;
  home: CountryCode;
  timeZone: string;
  historyDays: number;
  calls: number;
  messages: number;
}

/** Builds the lazily generated call and message history of one account, ending now. */
export function accountData(
  sid: string,
  data: AccountData,
): Pick<SimAccount, "profile" | "calls" | "messages" | "usage" | "historyStartSec"> {
  const profile = buildProfile(data.seed, sid, data.home, data.timeZone);
  const intensity = buildIntensity({
    endSec: data.nowSec,
    hours: data.historyDays * 24,
    timeZone: data.timeZone,
    noiseKey: profile.key,
  });
  const series = (count: number, kind: string) => ({
    profile,
    accountSid: sid,
    intensity,
    count,
    codec: data.codec,
    tag: SidCodec.tag(`${data.seed}:${sid}:${kind}`),
  });
  const calls = new RecordLog<CallRecord>(callSeries(series(data.calls, "calls")), (c) => ({
    sec: c.startSec,
    sid: c.sid,
  }));
  // Listed by creation: unlike date_sent it never changes, so page tokens keep their place.
  const messages = new RecordLog<MessageRecord>(messageSeries(series(data.messages, "messages"), data.seed), (m) => ({
    sec: m.createdSec,
    sid: m.sid,
  }));
  return { profile, historyStartSec: intensity.startSec, calls, messages, usage: new UsageLedger(calls, messages) };
}
