import Link from "next/link";

export type Records = "calls" | "messages" | "spend";

const LABELS: Record<Records, string> = { calls: "Calls", messages: "Messages", spend: "Spend" };

/** The same page for calls and messages; the overviews add their spend (the logs have no spend log). */
export type RecordsHrefs = Record<"calls" | "messages", string> & { spend?: string };

/**
 * Calls | Messages (| Spend): the same page for the other kind of record (overview or log), with
 * the filters they share. Links, so each view has its own address and Back returns to it.
 */
export function RecordsSwitch({ current, hrefs }: { current: Records; hrefs: RecordsHrefs }) {
  const links = (Object.keys(LABELS) as Records[]).flatMap((records) => {
    const href = hrefs[records];
    return href ? [{ records, href }] : [];
  });
  return (
    <nav
      aria-label={hrefs.spend ? "Calls, messages or spend" : "Calls or messages"}
      className="inline-flex h-9 items-center gap-0.5 rounded-lg border border-control bg-white p-0.5 text-sm shadow-sm dark:bg-slate-950"
    >
      {links.map(({ records, href }) => (
        <Link
          key={records}
          href={href}
          aria-current={records === current ? "page" : undefined}
          className="rounded-md px-3 py-1 text-slate-600 hover:text-slate-900 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white dark:text-slate-300 dark:hover:text-white dark:aria-[current=page]:bg-slate-100 dark:aria-[current=page]:text-slate-900"
        >
          {LABELS[records]}
        </Link>
      ))}
    </nav>
  );
}
