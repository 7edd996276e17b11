"use client";

import { ErrorPage } from "@/components/shell/error-page";

// Outside the signed-in shell (landing, sign-in): the page's own layout is gone, so centre it.
export default function RootError(props: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="flex min-h-screen items-center bg-slate-50 px-4 py-12 dark:bg-slate-950">
      <div className="w-full">
        <ErrorPage {...props} />
      </div>
    </main>
  );
}
