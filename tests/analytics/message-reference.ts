// Independent TypeScript versions of the message aggregates, computed from the fixture rows, for
// the tests to compare the SQL against. Like reference.ts, they share no code with the queries
// beyond the filter model: the metric definitions are written out again here on purpose.
import { messageDirectionsFor } from "@/lib/filters";
import type { MessageQuery } from "@/lib/analytics";
import type { Period } from "@/lib/time";
import type { FixtureMessage } from "./build-messages";

export function matchesMessage(message: FixtureMessage, q: MessageQuery, period: Period = q.range): boolean {
  const directions = q.direction ? messageDirectionsFor(q.direction) : null;
  return (
    message.dateSent >= period.start &&
    message.dateSent < period.end &&
    (!q.accountSid || message.accountSid === q.accountSid) &&
    (!directions || directions.includes(message.direction)) &&
    (!q.statuses?.length || (q.statuses as string[]).includes(message.status)) &&
    (!q.numberQuery || message.from.includes(q.numberQuery) || message.to.includes(q.numberQuery))
  );
}

const isOutbound = (message: FixtureMessage) => message.direction !== "inbound";
const count = (messages: readonly FixtureMessage[], test: (message: FixtureMessage) => boolean) =>
  messages.filter(test).length;

/** Per currency: the cost (positive) and the segments of the priced messages. */
function pricing(messages: readonly FixtureMessage[]) {
  const byCurrency = new Map<string, { cost: number; segments: number }>();
  for (const message of messages) {
    if (message.price === null || !message.priceUnit) continue;
    const entry = byCurrency.get(message.priceUnit) ?? { cost: 0, segments: 0 };
    entry.cost -= message.price;
    entry.segments += message.numSegments ?? 0;
    byCurrency.set(message.priceUnit, entry);
  }
  return byCurrency;
}

export function referenceMessageKpis(messages: readonly FixtureMessage[]) {
  const outbound = messages.filter(isOutbound);
  const delivered = count(outbound, (m) => m.status === "delivered" || m.status === "read");
  const undelivered = count(outbound, (m) => m.status === "undelivered");
  const failed = count(outbound, (m) => m.status === "failed");
  const settled = delivered + undelivered + failed;
  const prices = [...pricing(messages)];
  return {
    messages: messages.length,
    sent: outbound.length,
    received: messages.length - outbound.length,
    delivered,
    undelivered,
    failed,
    deliveryRate: settled > 0 ? delivered / settled : null,
    segments: messages.reduce((total, m) => total + (m.numSegments ?? 0), 0),
    cost: new Map(prices.map(([currency, { cost }]) => [currency, cost])),
    costPerSegment: new Map(
      prices.filter(([, p]) => p.segments > 0).map(([currency, p]) => [currency, p.cost / p.segments]),
    ),
  };
}

export function referenceFunnel(messages: readonly FixtureMessage[]) {
  const outbound = messages.filter(isOutbound);
  const among = (statuses: string[]) => count(outbound, (m) => statuses.includes(m.status));
  return {
    queued: outbound.length,
    sent: among(["sent", "delivered", "read", "undelivered", "partially_delivered"]),
    delivered: among(["delivered", "read"]),
    read: among(["read"]),
    undelivered: among(["undelivered"]),
    failed: among(["failed"]),
  };
}

/** The other party's country: the sender's for inbound messages, the recipient's for outbound ones. */
export const otherCountry = (message: FixtureMessage) =>
  isOutbound(message) ? message.toCountry : message.fromCountry;
