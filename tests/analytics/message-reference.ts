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
