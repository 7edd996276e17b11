// The landing and sign-in pages render fast; this covers a slow first response.
export default function Loading() {
  return (
    <div
      role="status"
      className="flex min-h-screen items-center justify-center text-sm text-slate-600 dark:text-slate-400"
    >
      Loading…
    </div>
  );
}
