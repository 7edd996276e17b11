import type { ReactNode } from "react";

type PageHeadingProps = {
  title: string;
  connectionName: string;
  from: string;
  to: string;
  timeZone: string;
  action?: ReactNode;
};

/** A dashboard page's title with what it shows: which connection, which days, read in which zone. */
export function PageHeading({ title, connectionName, from, to, timeZone, action }: PageHeadingProps) {
  return (
    <div className="flex flex-wrap items-end justify-between gap-4">
      <div>
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          {connectionName} · {from === to ? from : `${from} to ${to}`} · times in{" "}
          <span data-testid="time-zone">{timeZone}</span>
        </p>
      </div>
      {action}
    </div>
  );
}
