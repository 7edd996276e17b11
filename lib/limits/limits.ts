/**
 * Every abuse limit: how many points a key may use per window (seconds). Windows are fixed, from
 * a key's first use. Figures are documented in SECURITY.md.
 */
export const LIMITS = {
  /** Sign-in attempts (demo form, OAuth start, magic-link request) per client address. */
  signIn: { points: 10, duration: 10 * 60 },
  /** Magic links sent to one email address: nobody's inbox is flooded through this app. */
  magicLink: { points: 3, duration: 15 * 60 },
  /** Connect starts per user; each adds a pending state (their number is bounded apart). */
  connectStart: { points: 10, duration: 15 * 60 },
  /** Invitations sent per user: each is a mail to an address of their choosing. */
  invite: { points: 20, duration: 60 * 60 },
  /** Workspaces created per user. */
  createWorkspace: { points: 10, duration: 60 * 60 },
  /** Alert rules created, switched or deleted per user: each new one may mail people and call a URL. */
  alertRules: { points: 30, duration: 60 * 60 },
  /** Digest settings saved per user: each may start a mail a day to their own address. */
  digestSettings: { points: 30, duration: 60 * 60 },
  /** Refresh now, per user: each can start an import that calls Twilio. */
  syncTrigger: { points: 6, duration: 10 * 60 },
  /** Check again (the spend page's completeness panel), per user: each reads usage and imports days again. */
  recheck: { points: 6, duration: 10 * 60 },
  /** Downloads of everything the app holds about a person ("Download my data"), per user: each reads all their records. */
  dataDownload: { points: 5, duration: 60 * 60 },
  /** Attempts to delete one's account (a wrong confirmation counts), per user. */
  accountDeletion: { points: 5, duration: 15 * 60 },
  /** CSV exports streaming at once per user. A slot is given back when its stream ends; an export cut off by a crash frees its slot when the window ends. */
  exportSlots: { points: 2, duration: 15 * 60 },
  /**
   * Unsigned deauthorize requests make us ask Twilio about a grant: once per Account SID per
   * window (the answer stands meanwhile), and so many in all.
   */
  revocationCheckPerSid: { points: 1, duration: 10 * 60 },
  revocationChecks: { points: 30, duration: 60 },
} as const satisfies Record<string, { points: number; duration: number }>;

export type LimitName = keyof typeof LIMITS;
