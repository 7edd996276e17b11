import { OverviewSkeleton } from "@/components/dashboard/overview-skeleton";

// The spend overview's own skeleton (it calls no notFound(), so a loading boundary is safe here).
export default function SpendOverviewLoading() {
  return <OverviewSkeleton label="Loading the spend overview…" />;
}
