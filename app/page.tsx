import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { Logo } from "@/components/ui/logo";
import { SkipLink } from "@/components/shell/skip-link";
import { ThemeToggle } from "@/components/shell/theme-toggle";
import { getCurrentUser } from "@/lib/auth";

const FEATURES = [
  {
    title: "Connect in one click",
    body: "Authorize read-only access with Twilio Connect. Revoke it from Twilio any time.",
  },
  {
    title: "Every call, kept in sync",
    body: "Your call log is imported once and refreshed incrementally, even for millions of calls.",
  },
  {
    title: "Answers, not exports",
    body: "Volume by status, answer rates, costs by country, busiest hours and top numbers.",
  },
];

export default async function LandingPage() {
  const user = await getCurrentUser();
  const cta = user
    ? { href: "/dashboard", label: "Go to your dashboard" }
    : { href: "/signin", label: "Sign in to get started" };
  return (
    <div className="min-h-screen">
      <SkipLink />
      <header className="mx-auto flex max-w-6xl items-center justify-between px-4 py-5">
        <Logo />
        <div className="flex items-center gap-3">
          <ThemeToggle />
          <Link href={cta.href} className={buttonClass("secondary")}>
            {user ? "Dashboard" : "Sign in"}
          </Link>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 focus:outline-none">
        <section className="py-20 text-center">
          <h1 className="mx-auto max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl">
            See what your Twilio calls are really doing
          </h1>
          <p className="mx-auto mt-5 max-w-2xl text-lg text-slate-600 dark:text-slate-400">
            Connect your Twilio account and get dashboards of call volume, answer rates, durations and costs, across
            every subaccount, updated as calls happen.
          </p>
          <Link href={cta.href} className={buttonClass("primary", "mt-8 px-6 py-3 text-base")}>
            {cta.label}
          </Link>
        </section>
        <section aria-label="Features" className="grid gap-6 pb-24 sm:grid-cols-3">
          {FEATURES.map((feature) => (
            <div key={feature.title} className="rounded-xl border border-slate-200 p-6 dark:border-slate-800">
              <h2 className="font-semibold">{feature.title}</h2>
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">{feature.body}</p>
            </div>
          ))}
        </section>
      </main>
      <footer className="border-t border-slate-200 py-6 text-center text-xs text-slate-600 dark:border-slate-800 dark:text-slate-400">
        Open source. Not affiliated with Twilio Inc.
      </footer>
    </div>
  );
}
