import { OverviewSkeleton } from "@/components/dashboard/overview-skeleton";

// Shown at once when the overview is opened, until its heading and filters arrive (each panel then
// streams in with its own skeleton). Only here: a loading boundary starts the response streaming,
// and a page below one that calls notFound() (a call page) would answer 200 instead of 404.
export default function DashboardLoading() {
  return <OverviewSkeleton label="Loading the overview…" />;
}
