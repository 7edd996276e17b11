import { DEFAULT_CALL_FILTERS, serializeFilters } from "@/lib/filters";
import { workspacePath } from "@/lib/workspaces";
import type { Figures } from "./figures";

/** Rules about messages or spend point at their own overview; the rest at calls. */
const PAGES: Partial<Record<string, string>> = {
  "delivery-rate": "/dashboard/messages",
  "message-volume": "/dashboard/messages",
  "daily-spend": "/dashboard/spend",
  "month-projection": "/dashboard/spend",
};

/**
 * The dashboard a firing points at: the call, message or spend overview of its connection and
 * account, over the UTC days that hold the hours it measured.
 */
export function firingDashboardPath(
  rule: { workspaceId: string; connectionId: string; accountSid: string | null; kind: string },
  figures: Pick<Figures, "from" | "until">,
): string {
  const day = (iso: string) => iso.slice(0, 10);
  const lastInstant = new Date(new Date(figures.until).getTime() - 1).toISOString();
  const filters = serializeFilters({
    ...DEFAULT_CALL_FILTERS,
    range: "custom",
    from: day(figures.from),
    to: day(lastInstant),
    account: rule.accountSid ?? undefined,
  });
  filters.set("connection", rule.connectionId);
  const page = PAGES[rule.kind] ?? "/dashboard";
  return `${workspacePath(rule.workspaceId, page)}?${filters.toString()}`;
}
