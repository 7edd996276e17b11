"use client";

import { useState } from "react";

/** What the URL asked for but could not be used, until dismissed; a new set of issues shows again. */
export function FilterIssues({ issues }: { issues: readonly string[] }) {
  const key = issues.join("\n");
  const [dismissed, setDismissed] = useState<string | null>(null);
  if (issues.length === 0 || dismissed === key) return null;
  return (
    <div
      role="status"
      className="flex items-start gap-3 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-700/60 dark:bg-amber-950/40 dark:text-amber-200"
    >
      <ul className="flex-1 space-y-0.5">
        {issues.map((issue) => (
          <li key={issue}>Ignored invalid filter: {issue}</li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => setDismissed(key)}
        aria-label="Dismiss"
        className="rounded px-1.5 leading-none text-lg hover:bg-amber-100 dark:hover:bg-amber-900/50"
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
