import "server-only";
import { metrics } from "./registry";

export function countRecordsImported(list: string, records: number): void {
  metrics().recordsImported.inc({ list }, records);
}

/** The label of one answer from Twilio: its status class, 429 apart, or `network_error`. */
export function twilioStatusLabel(status: number | undefined): string {
  if (status === undefined) return "network_error";
  if (status === 429) return "429";
  return `${Math.floor(status / 100)}xx`;
}

/** One answer (or failure to get one) from Twilio, each retry counted on its own. */
export function countTwilioResponse(status: number | undefined): void {
  metrics().twilioResponses.inc({ status: twilioStatusLabel(status) });
}

export function observeImportWindow(list: string, seconds: number): void {
  metrics().importWindows.observe({ list }, seconds);
}

export function countImport(outcome: string): void {
  metrics().imports.inc({ outcome });
}

export function countLeaseTakeover(): void {
  metrics().leaseTakeovers.inc();
}
