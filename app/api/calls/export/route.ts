// GET /api/calls/export?connection=…&<filters> – the filtered call log as a streamed CSV download
import { streamCallsCsv, toAnalyticsQuery } from "@/lib/analytics";
import { parseCallFilters } from "@/lib/filters";
import { csvExportRoute } from "@/lib/http";

export const GET = csvExportRoute({
  records: "calls",
  parseFilters: parseCallFilters,
  stream: (connectionId, filters, range) => streamCallsCsv(toAnalyticsQuery(connectionId, filters, range)),
  action: "calls.exported",
});
