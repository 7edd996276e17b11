"use client";

import Link from "next/link";
import { useParams, usePathname } from "next/navigation";
import type { ShellWorkspace } from "@/lib/workspaces";

const linkClass =
  "rounded-md px-3 py-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-slate-100 aria-[current=page]:font-medium aria-[current=page]:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white dark:aria-[current=page]:bg-slate-800 dark:aria-[current=page]:text-white";

/** The workspace the address names, else the first listed (the person's default). */
export function useCurrentWorkspace(workspaces: ShellWorkspace[]): ShellWorkspace | undefined {
  const { workspace } = useParams<{ workspace?: string }>();
  return workspaces.find((w) => w.id === workspace) ?? workspaces[0];
}

/** The current workspace's pages its viewer's role opens, in a row (`layout="row"`) or a column for the mobile menu. */
export function NavLinks({ workspaces, layout = "row" }: { workspaces: ShellWorkspace[]; layout?: "row" | "column" }) {
  const pathname = usePathname();
  const current = useCurrentWorkspace(workspaces);
  // The longest link the address is under: /dashboard/spend is Spend's page, not the Overview's.
  const activeHref = current?.links
    .map((link) => link.href)
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <nav
      aria-label="Main"
      className={layout === "row" ? "flex items-center gap-1 text-sm" : "flex flex-col gap-1 text-base"}
    >
      {current?.links.map(({ href, label }) => {
        const active = href === activeHref;
        return (
          <Link key={href} href={href} aria-current={active ? "page" : undefined} className={linkClass}>
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
