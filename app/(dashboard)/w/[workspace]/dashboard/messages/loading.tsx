import { OverviewSkeleton } from "@/components/dashboard/overview-skeleton";

// The messages overview's own skeleton (it calls no notFound(), so a loading boundary is safe here).
export default function MessagesOverviewLoading() {
  return <OverviewSkeleton label="Loading the messages overview…" />;
}
