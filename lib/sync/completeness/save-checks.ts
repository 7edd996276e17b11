import "server-only";
import { getDb } from "@/lib/db";
import type { DayFigures } from "./figures";

export type CheckStatus = "verified" | "mismatch" | "pending";

export type CheckResult = DayFigures & { status: CheckStatus; reimportedAt: Date | null };

/**
 * Writes one account's checked days in one statement (a first check covers a year of days),
 * replacing each day's earlier result. A day not imported again this time keeps when it last was.
 */
export async function saveChecks(
  account: { connectionId: string; accountSid: string },
  results: readonly CheckResult[],
): Promise<void> {
  if (results.length === 0) return;
  const rows = results.map((r) => ({
    day: r.day.toISOString().slice(0, 10),
    status: r.status,
    importedCalls: r.imported.calls,
    usageCalls: Math.round(r.usage.calls),
    importedMinutes: r.imported.minutes,
    usageMinutes: Math.round(r.usage.minutes),
    importedCallPrice: r.imported.callPrice,
    usageCallPrice: r.usage.callPrice,
    importedMessages: r.imported.messages,
    usageMessages: Math.round(r.usage.messages),
    importedMessagePrice: r.imported.messagePrice,
    usageMessagePrice: r.usage.messagePrice,
    pricesSettled: r.pricesSettled,
    reimportedAt: r.reimportedAt?.toISOString() ?? null,
  }));
  await getDb().$executeRaw`
    INSERT INTO "CompletenessCheck" ("connectionId", "accountSid", "day", "status", "importedCalls", "usageCalls",
      "importedMinutes", "usageMinutes", "importedCallPrice", "usageCallPrice", "importedMessages", "usageMessages",
      "importedMessagePrice", "usageMessagePrice", "pricesSettled", "reimportedAt", "checkedAt")
    SELECT ${account.connectionId}, ${account.accountSid}, r."day", r."status", r."importedCalls", r."usageCalls",
      r."importedMinutes", r."usageMinutes", r."importedCallPrice", r."usageCallPrice", r."importedMessages",
      r."usageMessages", r."importedMessagePrice", r."usageMessagePrice", r."pricesSettled", r."reimportedAt", now()
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS r("day" date, "status" text, "importedCalls" int,
      "usageCalls" int, "importedMinutes" int, "usageMinutes" int, "importedCallPrice" numeric,
      "usageCallPrice" numeric, "importedMessages" int, "usageMessages" int, "importedMessagePrice" numeric,
      "usageMessagePrice" numeric, "pricesSettled" boolean, "reimportedAt" timestamp(3))
    ON CONFLICT ("connectionId", "accountSid", "day") DO UPDATE SET
      "status" = EXCLUDED."status", "importedCalls" = EXCLUDED."importedCalls", "usageCalls" = EXCLUDED."usageCalls",
      "importedMinutes" = EXCLUDED."importedMinutes", "usageMinutes" = EXCLUDED."usageMinutes",
      "importedCallPrice" = EXCLUDED."importedCallPrice", "usageCallPrice" = EXCLUDED."usageCallPrice",
      "importedMessages" = EXCLUDED."importedMessages", "usageMessages" = EXCLUDED."usageMessages",
      "importedMessagePrice" = EXCLUDED."importedMessagePrice", "usageMessagePrice" = EXCLUDED."usageMessagePrice",
      "pricesSettled" = EXCLUDED."pricesSettled",
      "reimportedAt" = coalesce(EXCLUDED."reimportedAt", "CompletenessCheck"."reimportedAt"),
      "checkedAt" = now()`;
}
