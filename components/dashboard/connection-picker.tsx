import Link from "next/link";
import type { ConnectionStatus } from "@/lib/db";

type Option = { id: string; name: string; status: ConnectionStatus };

/** Links between the user's connections, keeping the filters; only shown when there are several. */
export function ConnectionPicker({
  options,
  currentId,
  hrefFor,
}: {
  options: Option[];
  currentId: string;
  hrefFor: (id: string) => string;
}) {
  if (options.length < 2) return null;
  return (
    <nav aria-label="Twilio connections" className="flex flex-wrap gap-1 text-sm">
      {options.map((option) => (
        <Link
          key={option.id}
          href={hrefFor(option.id)}
          aria-current={option.id === currentId ? "page" : undefined}
          className="rounded-full border border-slate-200 px-3 py-1 hover:bg-slate-100 aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {option.name}
          {option.status === "active" ? null : <span className="ml-1 text-xs opacity-80">({option.status})</span>}
        </Link>
      ))}
    </nav>
  );
}
