import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";

type PagerProps = { previousHref: string | null; nextHref: string | null };

/** Previous/next through keyset pages; a missing direction is shown disabled, not hidden, so the layout holds. */
export function Pager({ previousHref, nextHref }: PagerProps) {
  const link = (href: string | null, label: string, rel: "prev" | "next") =>
    href ? (
      <Link href={href} rel={rel} scroll={false} className={buttonClass("secondary")}>
        {label}
      </Link>
    ) : (
      <span aria-disabled="true" className={buttonClass("secondary", "pointer-events-none opacity-50")}>
        {label}
      </span>
    );
  return (
    <nav aria-label="Pages" className="flex justify-end gap-2">
      {link(previousHref, "← Previous", "prev")}
      {link(nextHref, "Next →", "next")}
    </nav>
  );
}
