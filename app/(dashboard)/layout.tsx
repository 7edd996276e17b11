import type { ReactNode } from "react";
import { AccountMenu } from "@/components/shell/account-menu";
import { MobileMenu } from "@/components/shell/mobile-menu";
import { NavLinks } from "@/components/shell/nav-links";
import { SkipLink } from "@/components/shell/skip-link";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { WorkspaceSwitcher } from "@/components/shell/workspace-switcher";
import { Logo } from "@/components/ui/logo";
import { requireUser } from "@/lib/auth";
import { workspacesDefaultFirst } from "@/lib/http";
import { mailDelivery } from "@/lib/mail";
import { shellWorkspace } from "@/lib/workspaces";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  // proxy.ts already sent signed-out visitors to sign-in with their path; this is the real check.
  const user = await requireUser();
  // The default first: pages outside a workspace (the outbox, an invitation) show its links.
  const workspaces = (await workspacesDefaultFirst(user)).map(shellWorkspace);
  return (
    <div className="min-h-screen bg-slate-50 dark:bg-slate-950">
      <SkipLink />
      <header className="sticky top-0 z-10 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
        <div className="relative mx-auto flex h-14 max-w-7xl items-center gap-3 px-4 sm:gap-4">
          <Logo href="/dashboard" collapse />
          <MobileMenu workspaces={workspaces} />
          {/* Phones have no room for it beside the menu: it is in the menu there. */}
          <div className="hidden sm:block">
            <WorkspaceSwitcher workspaces={workspaces} />
          </div>
          <div className="hidden sm:block">
            <NavLinks workspaces={workspaces} />
          </div>
          <div className="ml-auto flex items-center gap-3">
            <ThemeToggle />
            <AccountMenu name={user.name} email={user.email} outbox={mailDelivery() === "outbox"} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-8 focus:outline-none">
        {children}
      </main>
    </div>
  );
}
