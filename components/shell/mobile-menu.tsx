"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import type { ShellWorkspace } from "@/lib/workspaces";
import { NavLinks } from "./nav-links";
import { WorkspaceSwitcher } from "./workspace-switcher";
import { useDismiss } from "./use-dismiss";

/**
 * Below the `sm` breakpoint the navigation and the workspace switcher fold into this menu: a disclosure
 * (<details>) that opens with the keyboard and before hydration; Escape, leaving it or following
 * a link closes it.
 */
export function MobileMenu({ workspaces }: { workspaces: ShellWorkspace[] }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const dismiss = useDismiss(menu);
  const pathname = usePathname();
  useEffect(() => menu.current?.removeAttribute("open"), [pathname]);
  return (
    <details ref={menu} className="group sm:hidden" {...dismiss}>
      <summary
        aria-label="Menu"
        className="flex h-9 w-9 cursor-pointer list-none items-center justify-center rounded-md border border-control text-slate-700 dark:text-slate-200 [&::-webkit-details-marker]:hidden"
      >
        <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5 fill-none stroke-current" strokeWidth="1.75">
          <path d="M3 5h14M3 10h14M3 15h14" className="group-open:hidden" strokeLinecap="round" />
          <path d="M5 5l10 10M15 5L5 15" className="hidden group-open:block" strokeLinecap="round" />
        </svg>
      </summary>
      <div className="absolute inset-x-0 top-14 z-20 border-b border-slate-200 bg-white px-4 py-4 shadow-lg dark:border-slate-800 dark:bg-slate-900">
        <NavLinks workspaces={workspaces} layout="column" />
        <div className="mt-3 border-t border-slate-200 pt-3 dark:border-slate-800">
          <WorkspaceSwitcher workspaces={workspaces} />
        </div>
      </div>
    </details>
  );
}
