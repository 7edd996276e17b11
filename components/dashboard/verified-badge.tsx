import Link from "next/link";
import { viewerFormats } from "@/lib/viewer";

/** The spend page's completeness panel's id, which the badge links to. */
export const COMPLETENESS_ANCHOR = "completeness";

type Props = {
  /** The last verified UTC day (YYYY-MM-DD); null shows nothing. */
  through: string | null;
  /** The spend page's completeness panel, which explains it and lists any day that differs. */
  href: string;
};

/** "Data verified through Nov 28": every day up to it agrees with Twilio's own usage records. */
export async function VerifiedBadge({ through, href }: Props) {
  if (!through) return null;
  const { formatBucket } = await viewerFormats();
  const day = formatBucket(`${through}T00:00:00Z`, "day", "UTC");
  const meaning = `Every UTC day up to ${day} has as many billed calls, minutes and messages, at the same cost, as Twilio's usage records count. Open the completeness check.`;
  return (
    <Link
      href={href}
      title={meaning}
      aria-label={`Data verified through ${day} (UTC). ${meaning}`}
      data-testid="verified-badge"
      className="inline-flex h-7 items-center gap-1.5 rounded-full border border-emerald-200 bg-emerald-50 px-3 text-xs font-medium text-emerald-900 hover:underline dark:border-emerald-900 dark:bg-emerald-950 dark:text-emerald-100"
    >
      <span aria-hidden="true">✓</span>
      Data verified through {day}
    </Link>
  );
}
