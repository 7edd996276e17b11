// GET /api/calls/export?connection=…&<filters> – the filtered call log as a streamed CSV download
import { NextResponse } from "next/server";
import { connectionQuerySchema, connectionRoute, jsonError } from "@/lib/http";
import { streamCallsCsv, toAnalyticsQuery } from "@/lib/analytics";
import { parseCallFilters, resolveRange } from "@/lib/filters";

// Filters are read by the same per-field zod schemas as the pages; here a bad one is an error
// rather than silently dropped, so an export never holds other calls than the ones asked for.
export const GET = connectionRoute(connectionQuerySchema.loose(), async ({ connection, params }) => {
  const record = Object.fromEntries([...new Set(params.keys())].map((key) => [key, params.getAll(key)]));
  const now = new Date();
  const filters = parseCallFilters(record, now);
  if (filters.issues.length > 0) return jsonError(400, "invalid_filters", filters.issues.join("; "));
  const range = resolveRange(filters, now);
  const stream = streamCallsCsv(toAnalyticsQuery(connection.id, filters, range));
  const name = `calls-${range.from}-to-${range.to}${filters.account ? `-${filters.account}` : ""}.csv`;
  return new NextResponse(stream, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });
});
