import Link from "next/link";
import { SkipLink } from "@/components/shell/skip-link";
import { buttonClass } from "@/components/ui/button-styles";
import { Logo } from "@/components/ui/logo";
import { StatusPage } from "@/components/ui/status-page";

export const metadata = { title: "Page not found" };

// An address no page answers: outside the signed-in shell, so it needs no session.
export default function NotFound() {
  return (
    <div className="flex min-h-screen flex-col items-center justify-center gap-8 bg-slate-50 px-4 py-12 dark:bg-slate-950">
      <SkipLink />
      <Logo />
      <main id="main" tabIndex={-1} className="w-full focus:outline-none">
        <StatusPage
          code="404"
          title="Page not found"
          actions={
            <>
              <Link href="/dashboard" className={buttonClass("primary")}>
                Go to your dashboard
              </Link>
              <Link href="/" className={buttonClass("secondary")}>
                Home
              </Link>
            </>
          }
        >
          <p>Nothing lives at this address. Check the link, or start again from your dashboard.</p>
        </StatusPage>
      </main>
    </div>
  );
}
