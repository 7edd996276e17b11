import "server-only";
import type twilio from "twilio";
import type { MonthlyRebuilds } from "@/lib/rollups";
import { addDays } from "../plan";
import { readWindows, type WindowsTarget } from "../read-windows";

/**
 * Imports one account's calls and messages of one UTC day again, through the import's own window
 * reader (pages upserted, that day's rollups and its month rebuilt). Records Twilio now lists that
 * the import missed are added; none are deleted (the app keeps what Twilio stops listing).
 */
export async function reimportDay(
  client: twilio.Twilio,
  target: WindowsTarget,
  day: Date,
  options: { signal?: AbortSignal; monthlyRebuilds: MonthlyRebuilds },
): Promise<boolean> {
  const [from, to] = [day.toISOString(), addDays(day, 1).toISOString()];
  const windows = target.lists.map((list) => ({ list, from, to, next: null, done: false }));
  const { complete } = await readWindows(client, target, windows, {
    concurrency: windows.length,
    signal: options.signal,
    historyImported: true,
    monthlyRebuilds: options.monthlyRebuilds,
  });
  return complete;
}
