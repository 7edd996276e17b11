import { z } from "zod";
import type { ListName } from "@/lib/twilio";

const DAY_MS = 24 * 60 * 60 * 1000;

// A time window of whole UTC days and where its paging stands. Whole days because Twilio's
// StartTime filters are documented at day granularity: the windows stay exact either way.
const windowSchema = z.object({
  list: z.enum(["calls", "messages"]),
  from: z.iso.datetime(),
  to: z.iso.datetime(),
  /** The next page to read (Twilio's next_page_uri as an absolute URL); null before the first. */
  next: z.string().nullable(),
  done: z.boolean(),
});

export const syncPlanSchema = z.object({
  kind: z.enum(["backfill", "incremental"]),
  /** When the run started: once every window is done, the log is complete up to here. */
  until: z.iso.datetime(),
  windows: z.array(windowSchema),
});

export type SyncWindow = z.infer<typeof windowSchema>;
export type SyncPlan = z.infer<typeof syncPlanSchema>;

export function startOfUtcDay(date: Date): Date {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * DAY_MS);
}

/** Splits [first day, last day] into at most `maxWindows` windows of whole days, newest first. */
export function planWindows(list: ListName, firstDay: Date, lastDay: Date, maxWindows: number): SyncWindow[] {
  const start = startOfUtcDay(firstDay);
  const end = addDays(startOfUtcDay(lastDay), 1);
  const days = Math.max(1, Math.round((end.getTime() - start.getTime()) / DAY_MS));
  const count = Math.max(1, Math.min(maxWindows, days));
  const windows: SyncWindow[] = [];
  for (let i = 0; i < count; i += 1) {
    const from = addDays(start, Math.floor((i * days) / count));
    const to = addDays(start, Math.floor(((i + 1) * days) / count));
    windows.push({ list, from: from.toISOString(), to: to.toISOString(), next: null, done: false });
  }
  // Newest first: the dashboard fills from the present backwards while a backfill runs.
  return windows.reverse();
}

export function readPlan(value: unknown): SyncPlan | null {
  const parsed = syncPlanSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Share of the plan done, 0–1 (whole windows; paging within a window is not counted). */
export function planProgress(plan: SyncPlan): number {
  return plan.windows.length ? plan.windows.filter((w) => w.done).length / plan.windows.length : 1;
}

/**
 * Records of a list expected in a history whose span is being read: those of the list's finished
 * windows, scaled by the share of the span they cover. Null until one of its windows is done (no
 * basis yet).
 */
export function estimateTotal(plan: SyncPlan, list: ListName, soFar: number): number | null {
  const windows = plan.windows.filter((w) => w.list === list);
  const span = (w: (typeof windows)[number]) => Date.parse(w.to) - Date.parse(w.from);
  const total = windows.reduce((sum, w) => sum + span(w), 0);
  const done = windows.filter((w) => w.done).reduce((sum, w) => sum + span(w), 0);
  if (done === 0 || total === 0) return null;
  return Math.max(soFar, Math.round((soFar * total) / done));
}
