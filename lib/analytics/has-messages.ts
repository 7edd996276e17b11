import "server-only";
import { getDb } from "@/lib/db";

/** Whether the connection has imported any message: pages offer message views only then. */
export async function hasMessages(connectionId: string): Promise<boolean> {
  return (await getDb().message.findFirst({ where: { connectionId }, select: { sid: true } })) !== null;
}
