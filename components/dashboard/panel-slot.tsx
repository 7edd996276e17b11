import { Suspense, type ReactNode } from "react";
import { ChartPanel } from "@/components/charts/chart-panel";
import { PanelBoundary } from "./panel-boundary";

type PanelSlotProps = {
  title: string;
  description?: string;
  resetKey: string;
  className?: string;
  children: ReactNode;
};

/**
 * Where one dashboard panel streams in: its own error boundary and Suspense, so it neither waits
 * for the slowest panel nor takes the others down when its query fails. `data-panel` marks the
 * slot for tools that wait for panels (the bench's browser timing): a slot has its content once
 * no busy skeleton is left in it.
 */
export function PanelSlot({ title, description, resetKey, className = "", children }: PanelSlotProps) {
  return (
    <div data-panel={title} className={`min-w-0 empty:hidden ${className}`}>
      <PanelBoundary key={resetKey} title={title}>
        <Suspense fallback={<ChartPanel.Skeleton title={title} description={description} />}>{children}</Suspense>
      </PanelBoundary>
    </div>
  );
}
