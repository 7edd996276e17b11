import { DEFAULT_CALL_FILTERS, normalizeNumberQuery, serializeFilters } from "@/lib/filters";
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
 * account, over the UTC days that hold the hours it measured; for a number (the rule's, or the
 * first one it names), the inbound calls to that number.
 */
export function firingDashboardPath(
  rule: { workspaceId: string; connectionId: string; accountSid: string | null; number: string | null; kind: string },
  figures: Pick<Figures, "from" | "until" | "numbers">,
): string {
  const number = normalizeNumberQuery(rule.number ?? figures.numbers?.[0] ?? "") || undefined;
  const day = (iso: string) => iso.slice(0, 10);
  const lastInstant = new Date(new Date(figures.until).getTime() - 1).toISOString();
  const filters = serializeFilters({
    ...DEFAULT_CALL_FILTERS,
    range: "custom",
    from: day(figures.from),
    to: day(lastInstant),
    account: rule.accountSid ?? undefined,
    ...(number ? { q: number, direction: "inbound" as const } : {}),
  });
  filters.set("connection", rule.connectionId);
  const page = PAGES[rule.kind] ?? "/dashboard";
  return `${workspacePath(rule.workspaceId, page)}?${filters.toString()}`;
}
