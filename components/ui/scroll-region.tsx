import type { ReactNode } from "react";

type Props = { label: string; className?: string; children: ReactNode };

/**
 * A table wider than a phone scrolls inside this box, never the page. Focusable and named, so
 * keyboard users can scroll it too (axe's scrollable-region-focusable). Positioned, so the
 * table's visually hidden (absolute) labels are clipped by it too instead of widening the page.
 */
export function ScrollRegion({ label, className = "", children }: Props) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={`relative overflow-x-auto ${className}`}>
      {children}
    </div>
  );
}
