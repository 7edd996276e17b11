"use client";

import Link from "next/link";
import { useRef } from "react";
import type { ShellWorkspace } from "@/lib/workspaces";
import { useCurrentWorkspace } from "./nav-links";
import { useDismiss } from "./use-dismiss";

/** Which workspace the pages show, and the others the person belongs to: a disclosure menu of links. */
export function WorkspaceSwitcher({ workspaces }: { workspaces: ShellWorkspace[] }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const dismiss = useDismiss(menu);
  const current = useCurrentWorkspace(workspaces);
  return (
    <details ref={menu} className="group relative" {...dismiss} data-testid="workspace-switcher">
      <summary
        aria-label={`Workspace: ${current?.name ?? "none"}. Switch workspace`}
        className="flex max-w-[11rem] cursor-pointer list-none items-center gap-1.5 rounded-md border border-control px-2.5 py-1.5 text-sm font-medium [&::-webkit-details-marker]:hidden"
      >
        <span className="truncate">{current?.name ?? "Workspaces"}</span>
        <svg aria-hidden viewBox="0 0 20 20" className="h-4 w-4 shrink-0 fill-current opacity-70">
          <path d="M5.5 7.5 10 12l4.5-4.5" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
        </svg>
      </summary>
      <div className="absolute left-0 z-30 mt-2 w-72 rounded-xl border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
        <ul aria-label="Your workspaces">
          {workspaces.map((workspace) => (
            <li key={workspace.id}>
              <Link
                href={workspace.links[0]?.href ?? "/dashboard"}
                aria-current={workspace.id === current?.id ? "true" : undefined}
                onClick={() => menu.current?.removeAttribute("open")}
                className="flex items-center justify-between gap-3 rounded-lg px-3 py-2 text-sm hover:bg-slate-100 aria-[current=true]:font-semibold dark:hover:bg-slate-800"
              >
                <span className="truncate">{workspace.name}</span>
                <span className="shrink-0 text-xs text-slate-500 dark:text-slate-400">{workspace.roleLabel}</span>
              </Link>
            </li>
          ))}
        </ul>
        <div className="mt-1 border-t border-slate-200 pt-1 dark:border-slate-700">
          <Link
            href="/workspaces/new"
            onClick={() => menu.current?.removeAttribute("open")}
            className="block rounded-lg px-3 py-2 text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800"
          >
            New workspace…
          </Link>
        </div>
      </div>
    </details>
  );
}
