import "server-only";
import { logger } from "@/lib/log";
import { deliverDueAlerts } from "./deliver";
import { evaluateConnectionAlerts } from "./evaluate";

/**
 * What an import that finished calls: the connection's rules evaluated on the fresh rollups, then
 * every delivery that is due sent (this evaluation's, and earlier ones waiting for a retry).
 * Alerts never fail an import: their errors are logged (never with a secret) and left to the next.
 */
export async function runAlertsAfterImport(connectionId: string): Promise<void> {
  try {
    await evaluateConnectionAlerts(connectionId);
    await deliverDueAlerts();
  } catch (error) {
    logger().error(
      { connectionId, error: error instanceof Error ? error.message : "failed" },
      "alerts after an import failed",
    );
  }
}
