import "server-only";
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
    console.error(`Alerts of connection ${connectionId}: ${error instanceof Error ? error.message : "failed"}`);
  }
}
