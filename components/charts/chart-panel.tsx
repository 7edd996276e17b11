import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClass } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/card";

// Tall enough for a chart figure (caption, legend, 16rem plot, table toggle) so states swap without a jump.
const BODY_HEIGHT = "min-h-80";

type HeaderProps = { title: string; description?: string };

function PanelHeader({ title, description }: HeaderProps) {
  return (
    <header className="mb-4 space-y-0.5">
      <h2 className="text-base font-semibold">{title}</h2>
      {description ? <p className="text-sm text-slate-600 dark:text-slate-400">{description}</p> : null}
    </header>
  );
}

/** The frame of every dashboard panel; the chart inside brings its own caption, legend and table. */
export function ChartPanel({ title, description, children }: HeaderProps & { children: ReactNode }) {
  return (
    <Card className="min-w-0">
      <PanelHeader title={title} description={description} />
      {children}
    </Card>
  );
}

/** The Suspense fallback for a panel: same frame and height, announced as busy. */
function ChartPanelSkeleton({ title, description }: Partial<HeaderProps>) {
  return (
    <Card className="min-w-0">
      {title ? (
        <PanelHeader title={title} description={description} />
      ) : (
        <div className="mb-4 h-5 w-40 rounded bg-slate-100 motion-safe:animate-pulse dark:bg-slate-800" />
      )}
      <div
        aria-busy="true"
        className={`${BODY_HEIGHT} rounded-lg bg-slate-100 motion-safe:animate-pulse dark:bg-slate-800`}
      >
        <span className="sr-only">Loading{title ? ` ${title}` : ""}…</span>
      </div>
    </Card>
  );
}

ChartPanel.Skeleton = ChartPanelSkeleton;

/** A failed panel that leaves the rest of the dashboard working. */
export function PanelError({ title, message, retryHref }: { title: string; message: string; retryHref?: string }) {
  return (
    <Card className="min-w-0">
      <PanelHeader title={title} />
      <div
        role="alert"
        className={`${BODY_HEIGHT} flex flex-col items-center justify-center gap-3 text-center text-sm`}
      >
        <p className="text-red-700 dark:text-red-400">{message}</p>
        {retryHref ? (
          <Link href={retryHref} className={buttonClass("secondary")}>
            Try again
          </Link>
        ) : null}
      </div>
    </Card>
  );
}

/** A panel whose query returned nothing, saying so instead of drawing an empty chart. */
export function PanelEmpty({ title, message }: { title: string; message: string }) {
  return (
    <Card className="min-w-0">
      <PanelHeader title={title} />
      <div
        className={`${BODY_HEIGHT} flex items-center justify-center text-center text-sm text-slate-500 dark:text-slate-400`}
      >
        <p>{message}</p>
      </div>
    </Card>
  );
}
