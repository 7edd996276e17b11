// GET /api/messages/export?connection=…&<filters> – the filtered message log as a streamed CSV download
import { streamMessagesCsv, toMessageQuery } from "@/lib/analytics";
import { parseMessageFilters } from "@/lib/filters";
import { csvExportRoute } from "@/lib/http";

export const GET = csvExportRoute({
  records: "messages",
  parseFilters: parseMessageFilters,
  stream: (connectionId, filters, range) => streamMessagesCsv(toMessageQuery(connectionId, filters, range)),
  action: "messages.exported",
});
