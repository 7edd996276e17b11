import { buildMessage, drawMessage, messagingServiceSid, type MessageChoices } from "../data/message-generator";
import type { MessageRecord } from "../data/message-record";
import { rng } from "../lib/hash";
import { SidCodec } from "../lib/sid-codec";
import type { SimStore } from "./sim-store";
import type { SimAccount } from "./types";

/** A message added at run time: the given fields, the rest drawn like any other message. */
export interface ExplicitMessage extends MessageChoices {
  createdAt?: Date;
}

/** Messages created now unless `createdAt` says otherwise; they then go through their lifecycle with the clock. */
export function addExplicitMessages(
  store: SimStore,
  account: SimAccount,
  specs: readonly ExplicitMessage[],
): MessageRecord[] {
  const tag = SidCodec.tag(`${store.config.seed}:${account.sid}:added-messages`);
  const serviceSid = messagingServiceSid(store.config.seed, account.sid);
  const messages = specs.map(({ createdAt, ...choices }) => {
    const serial = store.nextSerial();
    const draw = drawMessage(account.profile, rng(account.profile.key ^ 0xadded5, serial));
    const placement = {
      accountSid: account.sid,
      createdSec: createdAt ? Math.floor(createdAt.getTime() / 1000) : store.nowSec(),
      sidOf: (prefix: "SM" | "MM") => store.codec.encode(prefix, tag, serial),
      messagingServiceSid: serviceSid,
    };
    return buildMessage(account.profile, draw, placement, choices);
  });
  account.messages.addAll(messages);
  return messages;
}
