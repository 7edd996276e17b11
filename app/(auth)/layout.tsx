import type { ReactNode } from "react";
import { Logo } from "@/components/ui/logo";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-8 bg-slate-50 px-4 py-12 dark:bg-slate-950">
      <Logo />
      <div className="w-full max-w-sm">{children}</div>
    </main>
  );
}
