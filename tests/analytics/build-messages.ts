// A deterministic set of messages for the analytics tests: the same seed gives the same rows, with
// every direction and channel, outcomes with and without error codes, segment counts and prices
// sometimes missing, and the fixture accounts' two currencies.
import { rng } from "@/sim/lib/hash";
import { DESCRIBED_MESSAGE_ERROR_CODES, messageChannel } from "@/lib/domain";
import type { Message } from "@/lib/db";
import { FIXTURE_ACCOUNTS } from "./build-calls";

/** A message as stored, with its price as a number. */
export type FixtureMessage = Omit<Message, "connectionId" | "importedAt" | "price"> & { price: number | null };

const OUTBOUND = ["outbound-api", "outbound-api", "outbound-reply", "outbound-call"];
const OUTBOUND_STATUSES = [
  "delivered",
  "delivered",
  "delivered",
  "read",
  "sent",
  "undelivered",
  "failed",
  "queued",
  "accepted",
  "partially_delivered",
  "canceled",
];
const INBOUND_STATUSES = ["received", "received", "received", "receiving"];
// Ours send; theirs receive. A null country: a number whose plan the import could not place.
const OURS = [
  { number: "+14155550100", country: "US" },
  { number: "+447400123456", country: "GB" },
  { number: "whatsapp:+14155550111", country: "US" },
];
const THEIRS = [
  { number: "+14155550199", country: "US" },
  { number: "+12125550123", country: "US" },
  { number: "+442079460000", country: "GB" },
  { number: "+33612345678", country: "FR" },
  { number: "+919876543210", country: "IN" },
  { number: "+5551234", country: null },
  { number: "messenger:4412345", country: null },
];
// A code the dictionary describes now and then, and one it does not (still counted and linked).
const ERROR_CODES = [...DESCRIBED_MESSAGE_ERROR_CODES, 30010];

/** `count` messages sent between `from` and `to`. */
export function buildMessages(count: number, seed: number, from: Date, to: Date): FixtureMessage[] {
  const next = rng(seed, 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const account = pick(FIXTURE_ACCOUNTS);
    const dateSent = new Date(from.getTime() + Math.floor(next() * (to.getTime() - from.getTime())));
    const inbound = next() < 0.35;
    const status = inbound ? pick(INBOUND_STATUSES) : pick(OUTBOUND_STATUSES);
    const [ours, theirs] = [pick(OURS), pick(THEIRS)];
    // WhatsApp is WhatsApp at both ends.
    const other = ours.number.startsWith("whatsapp:") ? { ...theirs, number: `whatsapp:${theirs.number}` } : theirs;
    const [sender, recipient] = inbound ? [other, ours] : [ours, other];
    const numMedia = next() < 0.15 ? 1 + Math.floor(next() * 3) : 0;
    const priced = status !== "queued" && status !== "accepted" && next() > 0.1;
    const erred = status === "undelivered" || status === "failed" || (status === "delivered" && next() < 0.02);
    return {
      sid: `SM${(seed * 1_000_000 + i).toString(16).padStart(32, "0")}`,
      accountSid: account.sid,
      direction: inbound ? "inbound" : pick(OUTBOUND),
      status,
      from: sender.number,
      to: recipient.number,
      fromCountry: sender.country,
      toCountry: recipient.country,
      dateSent,
      dateCreated: dateSent,
      dateUpdated: dateSent,
      numSegments: next() < 0.05 ? null : 1 + Math.floor(next() * next() * 4),
      numMedia,
      price: priced ? -Math.round(next() * 4_000) / 100_000 : null,
      priceUnit: priced ? account.currency : null,
      errorCode: erred && next() > 0.1 ? pick(ERROR_CODES) : null,
      messagingServiceSid: next() < 0.5 ? `MG${"a".repeat(32)}` : null,
      channel: messageChannel(sender.number, recipient.number, numMedia),
    };
  });
}
