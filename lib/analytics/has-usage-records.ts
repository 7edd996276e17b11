import "server-only";
import { getDb } from "@/lib/db";

/** Whether the connection has imported any usage record: the spend page shows figures only then. */
export async function hasUsageRecords(connectionId: string): Promise<boolean> {
  return (await getDb().usageRecord.findFirst({ where: { connectionId }, select: { category: true } })) !== null;
}
