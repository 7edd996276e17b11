import "server-only";
import { NextResponse } from "next/server";
import { recordAudit, type AuditAction } from "@/lib/audit";
import { connectionLabel } from "@/lib/connections";
import { resolveRange, type Filters, type ResolvedRange, type SearchParamsRecord } from "@/lib/filters";
import { releaseSlot, takeSlot } from "@/lib/limits";
import { actorOf } from "@/lib/workspaces";
import { connectionQuerySchema, connectionRoute } from "./connection-route";
import { jsonError, tooManyRequests } from "./responses";
import { whenDone } from "./when-done";

type CsvExport<F extends Filters> = {
  /** What the file holds ("calls", "messages"): its name starts with it. */
  records: string;
  parseFilters: (params: SearchParamsRecord, now: Date) => F;
  stream: (connectionId: string, filters: F, range: ResolvedRange) => ReadableStream<Uint8Array>;
  /** The audit trail's record of the export. */
  action: AuditAction;
};

/**
 * GET …/export?connection=…&<filters>: a log's filtered records as a streamed CSV download, for
 * members whose role may export. Filters are read by the same per-field zod schemas as the pages;
 * here a bad one is an error rather than silently dropped, so an export never holds other records
 * than the ones asked for.
 */
export function csvExportRoute<F extends Filters>({ records, parseFilters, stream, action }: CsvExport<F>) {
  return connectionRoute(
    connectionQuerySchema.loose(),
    async ({ connection, access, params, user }) => {
      const userId = user.id;
      const record = Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]));
      const now = new Date();
      const filters = parseFilters(record, now);
      if (filters.issues.length > 0) return jsonError(400, "invalid_filters", filters.issues.join("; "));
      const range = resolveRange(filters, now);
      // Each export reads the database for as long as it streams: a few at once per user.
      const slot = await takeSlot("exportSlots", userId);
      if (!slot.allowed) {
        return tooManyRequests(
          slot.retryAfterSeconds,
          "Two exports are already downloading: wait for one to finish.",
          "text",
        );
      }
      const body = whenDone(stream(connection.id, filters, range), () => releaseSlot("exportSlots", userId));
      await recordAudit({
        workspaceId: access.id,
        actor: actorOf(user),
        action,
        subject: connectionLabel(connection),
        detail: `${range.from} to ${range.to}${filters.account ? `, account ${filters.account}` : ""}`,
      });
      const name = `${records}-${range.from}-to-${range.to}${filters.account ? `-${filters.account}` : ""}.csv`;
      return new NextResponse(body, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="${name}"`,
          "Cache-Control": "no-store",
        },
      });
    },
    "export",
  );
}
