// The messaging metrics' definitions, in one place for the queries, the pages and the README.

/** Outbound messages by how their delivery ended. */
export type DeliveryOutcomes = { delivered: number; undelivered: number; failed: number };

/**
 * Delivered ÷ (delivered + undelivered + failed) over outbound messages, where delivered counts
 * `delivered` and `read`; null while no message has an outcome.
 */
export function deliveryRate({ delivered, undelivered, failed }: DeliveryOutcomes): number | null {
  const settled = delivered + undelivered + failed;
  return settled > 0 ? delivered / settled : null;
}

/**
 * The delivery funnel's steps over outbound messages, each counting the statuses it lists:
 * accepted by Twilio (every outbound message) → sent (left Twilio for the carrier) → delivered →
 * read; and the two ways out, undelivered and failed. A step's statuses include every later one.
 */
export const FUNNEL_STEPS = [
  { key: "queued", label: "Queued", statuses: null },
  { key: "sent", label: "Sent", statuses: ["sent", "delivered", "read", "undelivered", "partially_delivered"] },
  { key: "delivered", label: "Delivered", statuses: ["delivered", "read"] },
  { key: "read", label: "Read", statuses: ["read"] },
] as const;

export const FUNNEL_EXITS = [
  { key: "undelivered", label: "Undelivered", statuses: ["undelivered"] },
  { key: "failed", label: "Failed", statuses: ["failed"] },
] as const;
