import type { SpendQuery } from "@/lib/analytics";

/** What every spend panel is rendered with: the ownership-scoped query (UTC days, optional account). */
export type SpendPanelProps = { query: SpendQuery };
