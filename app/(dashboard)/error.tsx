"use client";

import { ErrorPage } from "@/components/shell/error-page";

// Inside the signed-in shell: the navigation stays, so the person can go elsewhere.
export default function DashboardError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return <ErrorPage {...props} />;
}
