import type { ReactNode } from "react";

/**
 * A drawn chart as one image for assistive technology: its summary is the accessible name, and
 * the drawing's axes, ticks and shapes stay out of the accessibility tree (the table view holds
 * every figure as text).
 */
export function ChartImage({
  summary,
  className,
  children,
}: {
  summary: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <div role="img" aria-label={summary} className={className}>
      <div aria-hidden="true" className="size-full">
        {children}
      </div>
    </div>
  );
}
