import "server-only";
import { env } from "@/lib/env";
import { enqueueImport } from "./import-queue";
import { syncConnection, type SyncOptions } from "./sync-connection";

/**
 * Starts an import of the connection for a request (Connect, Refresh now): with IMPORTS=worker it
 * is queued for the import workers; otherwise it runs in this process once the response is sent,
 * through `runAfterResponse` (Next's `after`).
 */
export async function requestImport(
  connectionId: string,
  options: Pick<SyncOptions, "accountsJustDiscovered">,
  runAfterResponse: (task: () => Promise<void>) => void,
): Promise<void> {
  if (env().IMPORTS === "worker") return enqueueImport(connectionId, options.accountsJustDiscovered);
  runAfterResponse(() => syncConnection(connectionId, options).then(() => undefined));
}
