import Link from "next/link";

/** `collapse`: narrow screens show the mark alone (the link keeps its name), leaving room for the menu. */
export function Logo({ href = "/", collapse = false }: { href?: string; collapse?: boolean }) {
  return (
    <Link href={href} className="flex items-center gap-2 font-semibold tracking-tight">
      <svg aria-hidden viewBox="0 0 32 32" className="h-7 w-7">
        <circle cx="16" cy="16" r="15" className="fill-brand-600" />
        <path
          d="M9 20 L13 14 L17 17 L23 10"
          className="fill-none stroke-white"
          strokeWidth="2.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
      <span className={collapse ? "sr-only sm:not-sr-only" : undefined}>Call Analytics</span>
    </Link>
  );
}
