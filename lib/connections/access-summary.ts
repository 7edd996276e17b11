/** What the Connections page says about a connection's accounts, from discovery's checks. */
export type AccountAccessRow = {
  friendlyName: string;
  callsError: string | null;
  closedAt: Date | null;
};

export type AccessSummary = {
  /** Open accounts whose calls the grant reads, of all open accounts. */
  readable: number;
  open: number;
  closed: number;
  /** One "Name: 20404 not found" per open account whose calls the grant cannot read. */
  problems: string[];
};

export function summarizeAccess(accounts: readonly AccountAccessRow[]): AccessSummary {
  const open = accounts.filter((account) => account.closedAt === null);
  const unreadable = open.filter((account) => account.callsError !== null);
  return {
    readable: open.length - unreadable.length,
    open: open.length,
    closed: accounts.length - open.length,
    problems: unreadable.map((account) => `${account.friendlyName}: ${account.callsError}`),
  };
}

/** "3 of 4 accounts readable; Sales: 20404 not found; 1 closed". */
export function describeAccess(summary: AccessSummary): string {
  const noun = summary.open === 1 ? "account" : "accounts";
  const closed = summary.closed > 0 ? [`${summary.closed} closed`] : [];
  return [`${summary.readable} of ${summary.open} ${noun} readable`, ...summary.problems, ...closed].join("; ");
}
