import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/button-styles";
import { Logo } from "@/components/ui/logo";
import { StatusPage } from "@/components/ui/status-page";
import { findDigestSubscription, readUnsubscribeToken } from "@/lib/digests";

export const metadata = { title: "Unsubscribe from the digest" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Opened from a digest without signing in. Showing it changes nothing: mail scanners fetch links,
// so only the button (a POST) unsubscribes. A damaged, forged or stale link is a 404.
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token, done } = await searchParams;
  const shell = (children: ReactNode) => (
    <div className="flex min-h-screen flex-col items-center justify-center gap-8 bg-slate-50 px-4 py-12 dark:bg-slate-950">
      <Logo />
      <main id="main" className="w-full">
        {children}
      </main>
    </div>
  );
  if (done === "1") {
    return shell(
      <StatusPage
        title="Unsubscribed"
        actions={
          <Link href="/" className={buttonClass("secondary")}>
            Home
          </Link>
        }
      >
        <p>You will get no more of this digest. You can opt in again on the workspace&apos;s Alerts page.</p>
      </StatusPage>,
    );
  }
  const claim = readUnsubscribeToken(token);
  const current = claim ? await findDigestSubscription(claim.userId, claim.workspaceId) : null;
  if (!claim || current?.kind !== claim.kind) notFound();
  return shell(
    <StatusPage
      title={`Stop the ${claim.kind} digest?`}
      actions={
        <form method="post" action={`/api/digests/unsubscribe?token=${encodeURIComponent(String(token))}`}>
          <button type="submit" className={buttonClass("primary")}>
            Unsubscribe
          </button>
        </form>
      }
    >
      <p>You will no longer get this workspace&apos;s {claim.kind} digest by mail.</p>
    </StatusPage>,
  );
}
