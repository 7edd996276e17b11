import type { AnalyticsQuery } from "@/lib/analytics";
import type { ResolvedRange } from "@/lib/filters";

/** What every overview panel is rendered with: the ownership-scoped query and its resolved period. */
export type PanelProps = { query: AnalyticsQuery; range: ResolvedRange };

export const NO_CALLS = "No calls match these filters in this period.";
