"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/dashboard", label: "Overview" },
  { href: "/calls", label: "Calls" },
  { href: "/connections", label: "Connections" },
];

const linkClass =
  "rounded-md px-3 py-1.5 text-slate-600 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-slate-100 aria-[current=page]:font-medium aria-[current=page]:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white dark:aria-[current=page]:bg-slate-800 dark:aria-[current=page]:text-white";

/** The signed-in pages, in a row (`layout="row"`) or a column for the mobile menu. */
export function NavLinks({ layout = "row" }: { layout?: "row" | "column" }) {
  const pathname = usePathname();
  return (
    <nav
      aria-label="Main"
      className={layout === "row" ? "flex items-center gap-1 text-sm" : "flex flex-col gap-1 text-base"}
    >
      {LINKS.map(({ href, label }) => {
        const current = pathname === href || pathname.startsWith(`${href}/`);
        return (
          <Link key={href} href={href} aria-current={current ? "page" : undefined} className={linkClass}>
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
