import "server-only";
import type twilio from "twilio";
import type { MonthlyRebuilds } from "@/lib/rollups";
import { checkAccount, type CheckTarget } from "./completeness";
import { importUsage, type UsageImportOptions } from "./usage";

/**
 * What a sync does for an account once its calls and messages are imported: its usage records,
 * then the completeness check of its days against them (not when its usage cannot be read).
 */
export async function importUsageAndCheck(
  client: twilio.Twilio,
  target: CheckTarget,
  options: UsageImportOptions & { monthlyRebuilds: MonthlyRebuilds },
): Promise<void> {
  const usage = await importUsage(client, target, options);
  if (usage && !options.signal?.aborted)
    await checkAccount(client, target, {
      mode: "sync",
      reread: usage.reread,
      signal: options.signal,
      monthlyRebuilds: options.monthlyRebuilds,
    });
}
