import type { Filters, ResolvedRange } from "@/lib/filters";
import { addIsoDays, daysBetween } from "@/lib/time";

/**
 * What every spend query reads: one connection (its id from the ownership-checked context), an
 * optional account, and UTC calendar days, both inclusive. Usage records are per UTC day (Twilio
 * dates them "in GMT"), so the range's dates select UTC days whatever the viewer's time zone.
 */
export type SpendQuery = {
  connectionId: string;
  accountSid?: Filters["account"];
  from: string;
  to: string;
};

/** The spend query for a connection and the filters parsed from the page's URL: range and account only. */
export function toSpendQuery(connectionId: string, filters: Filters, range: ResolvedRange): SpendQuery {
  return { connectionId, accountSid: filters.account, from: range.from, to: range.to };
}

/** The same number of UTC days just before the query's, for the change in spend. */
export function previousSpendPeriod(q: SpendQuery): SpendQuery {
  const days = daysBetween(q.from, q.to) + 1;
  return { ...q, from: addIsoDays(q.from, -days), to: addIsoDays(q.from, -1) };
}
