/**
 * Lower bounds in seconds; each bin runs to the next bound (the last is open-ended). The monthly
 * stats count answered calls per bin, so changing a bound needs a migration that sets every
 * TwilioAccount's monthlyStatsUntil to NULL (the next sync then rebuilds them).
 */
export const DURATION_BINS = [
  { from: 0, label: "< 10s" },
  { from: 10, label: "10–30s" },
  { from: 30, label: "30s–1m" },
  { from: 60, label: "1–2m" },
  { from: 120, label: "2–5m" },
  { from: 300, label: "5–10m" },
  { from: 600, label: "10–20m" },
  { from: 1200, label: "20–30m" },
  { from: 1800, label: "30m+" },
] as const;
