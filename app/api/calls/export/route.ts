// GET /api/calls/export?connection=…&<filters> – the filtered call log as a streamed CSV download
import { NextResponse } from "next/server";
import { connectionQuerySchema, connectionRoute, jsonError, tooManyRequests, whenDone } from "@/lib/http";
import { releaseSlot, takeSlot } from "@/lib/limits";
import { streamCallsCsv, toAnalyticsQuery } from "@/lib/analytics";
import { parseCallFilters, resolveRange } from "@/lib/filters";
import { recordAudit } from "@/lib/audit";
import { connectionLabel } from "@/lib/connections";
import { actorOf } from "@/lib/workspaces";

// Filters are read by the same per-field zod schemas as the pages; here a bad one is an error
// rather than silently dropped, so an export never holds other calls than the ones asked for.
export const GET = connectionRoute(
  connectionQuerySchema.loose(),
  async ({ connection, access, params, user }) => {
    const userId = user.id;
    const record = Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]));
    const now = new Date();
    const filters = parseCallFilters(record, now);
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
    const stream = whenDone(streamCallsCsv(toAnalyticsQuery(connection.id, filters, range)), () =>
      releaseSlot("exportSlots", userId),
    );
    await recordAudit({
      workspaceId: access.id,
      actor: actorOf(user),
      action: "calls.exported",
      subject: connectionLabel(connection),
      detail: `${range.from} to ${range.to}${filters.account ? `, account ${filters.account}` : ""}`,
    });
    const name = `calls-${range.from}-to-${range.to}${filters.account ? `-${filters.account}` : ""}.csv`;
    return new NextResponse(stream, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "no-store",
      },
    });
  },
  "export",
);
