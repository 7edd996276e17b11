import type { MessageQuery } from "@/lib/analytics";
import type { ResolvedRange } from "@/lib/filters";

/** What every messages-overview panel is rendered with: the ownership-scoped query and its period. */
export type MessagePanelProps = { query: MessageQuery; range: ResolvedRange };

export const NO_MESSAGES = "No messages match these filters in this period.";
