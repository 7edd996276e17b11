import type { LogPage, LogSort } from "@/lib/analytics";

/** The SIDs in the order a log sorts them: by the sort value, then by SID, both ways by `order`. */
export function expectedLogOrder<R extends { sid: string }>(
  records: readonly R[],
  value: (record: R) => number,
  order: LogSort["order"],
): string[] {
  const sign = order === "asc" ? 1 : -1;
  return [...records].sort((a, b) => sign * (value(a) - value(b) || (a.sid < b.sid ? -1 : 1))).map((r) => r.sid);
}

/** Every row of a log read page by page through the `next` cursors, and which pages had a previous one. */
export async function readEveryPage<R extends { sid: string }>(
  fetchPage: (after: string | null) => Promise<LogPage<R>>,
): Promise<{ sids: string[]; withPrevious: boolean[] }> {
  const sids: string[] = [];
  const withPrevious: boolean[] = [];
  let after: string | null = null;
  do {
    const page: LogPage<R> = await fetchPage(after);
    sids.push(...page.rows.map((row) => row.sid));
    withPrevious.push(page.previous !== null);
    after = page.next;
  } while (after);
  return { sids, withPrevious };
}
