import { countMessages, type MessageQuery } from "@/lib/analytics";
import { viewerFormats } from "@/lib/viewer";

/** How many messages the filters match: what the log pages through and the CSV holds. */
export async function MessageCount({ query }: { query: MessageQuery }) {
  const [count, { formatNumber }] = await Promise.all([countMessages(query), viewerFormats()]);
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="message-count">
      {formatNumber(count)} {count === 1 ? "message matches" : "messages match"} these filters
    </p>
  );
}
