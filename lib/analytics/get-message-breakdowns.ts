import "server-only";
import { Prisma } from "@/lib/db";
import { messageErrorEntry, twilioErrorUrl, type MessageErrorEntry } from "@/lib/domain";
import { dailyFacts, numberFacts } from "./sql/daily-facts";
import { runQuery } from "./sql/run";
import type { MessageQuery } from "./types";

// The messages' breakdowns with many keys, read from their daily and monthly sums (sql/daily-facts.ts).

/** The other party's country (ISO 3166-1 alpha-2, null when unknown), busiest first. */
export type MessageCountryRow = { country: string | null; messages: number; segments: number };

/**
 * Messages by the country at the other end: the sender's for inbound messages, the recipient's
 * for outbound ones.
 */
export function getMessageCountries(q: MessageQuery, limit = 10): Promise<MessageCountryRow[]> {
  return runQuery<MessageCountryRow>(Prisma.sql`
    SELECT nullif(key, '') AS country, sum(messages)::int AS messages, sum(segments)::int AS segments
    FROM (${dailyFacts(q, "country")}) f
    GROUP BY key
    HAVING sum(messages) > 0
    ORDER BY messages DESC, 1 NULLS LAST
    LIMIT ${limit}`);
}

export type MessageNumberRow = { number: string; country: string | null; messages: number; segments: number };

/** The numbers (or other addresses: whatsapp:…) most messaged ("To") and most messaging ("From"). */
export type TopMessageNumbers = { to: MessageNumberRow[]; from: MessageNumberRow[] };

export async function getTopMessageNumbers(q: MessageQuery, limit = 10): Promise<TopMessageNumbers> {
  const [to, from] = await Promise.all(
    (["to", "from"] as const).map(async (party) =>
      runQuery<MessageNumberRow>(Prisma.sql`
        SELECT key AS number, max(country) AS country, sum(messages)::int AS messages, sum(segments)::int AS segments
        FROM (${await numberFacts(q, party)}) f
        GROUP BY key
        HAVING sum(messages) > 0
        ORDER BY messages DESC, 1
        LIMIT ${limit}`),
    ),
  );
  return { to: to ?? [], from: from ?? [] };
}

export type MessageErrorRow = {
  code: number;
  messages: number;
  /** Of the messages with an error code in the query, this code's share (0–1). */
  share: number;
  /** The app's dictionary entry, or null for a code it does not describe (the link still does). */
  entry: MessageErrorEntry | null;
  url: string;
};

/** The error codes Twilio reported most often, with what each means. */
export async function getMessageErrors(q: MessageQuery, limit = 10): Promise<MessageErrorRow[]> {
  const rows = await runQuery<{ code: number; messages: number; total: number }>(Prisma.sql`
    SELECT key::int AS code, sum(messages)::int AS messages, (sum(sum(messages)) OVER ())::int AS total
    FROM (${dailyFacts(q, "errorCode")}) f
    GROUP BY key
    HAVING sum(messages) > 0
    ORDER BY messages DESC, 1
    LIMIT ${limit}`);
  return rows.map(({ code, messages, total }) => ({
    code,
    messages,
    share: messages / total,
    entry: messageErrorEntry(code),
    url: twilioErrorUrl(code),
  }));
}
