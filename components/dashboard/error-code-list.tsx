import type { MessageErrorRow } from "@/lib/analytics";
import { viewerFormats } from "@/lib/viewer";

/**
 * The error codes Twilio reported, most frequent first: each with the dictionary's title and
 * meaning, and Twilio's own page about it (a new tab, without access back to this page).
 */
export async function ErrorCodeList({ rows }: { rows: MessageErrorRow[] }) {
  const { formatNumber, formatPercent } = await viewerFormats();
  return (
    <ol className="divide-y divide-slate-100 text-sm dark:divide-slate-800">
      {rows.map((row) => (
        <li key={row.code} className="flex items-start gap-3 py-2">
          <div className="min-w-0 flex-1 space-y-0.5">
            <p className="font-medium">
              <span className="tabular-nums">{row.code}</span>
              {row.entry ? ` · ${row.entry.title}` : null}
            </p>
            <p className="text-slate-600 dark:text-slate-400">
              {row.entry?.meaning ?? "Not in the app's dictionary yet: Twilio's page explains it."}{" "}
              <a
                href={row.url}
                target="_blank"
                rel="noopener noreferrer"
                className="whitespace-nowrap text-sky-700 underline hover:text-sky-900 dark:text-sky-400 dark:hover:text-sky-300"
              >
                Twilio&apos;s page for {row.code}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            </p>
          </div>
          <p className="text-right tabular-nums">
            <span className="font-medium">{formatNumber(row.messages)}</span>
            <span className="block text-xs text-slate-500 dark:text-slate-400">
              {formatPercent(row.share)} of errors
            </span>
          </p>
        </li>
      ))}
    </ol>
  );
}
