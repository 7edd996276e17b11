/** What an overview shows at once while its heading and filters arrive; each panel then streams in with its own skeleton. */
export function OverviewSkeleton({ label }: { label: string }) {
  return (
    <div className="space-y-6" role="status">
      <span className="sr-only">{label}</span>
      <div className="space-y-2">
        <div className="h-7 w-40 rounded bg-slate-200 motion-safe:animate-pulse dark:bg-slate-800" />
        <div className="h-4 w-72 max-w-full rounded bg-slate-200 motion-safe:animate-pulse dark:bg-slate-800" />
      </div>
      <div className="h-20 rounded-xl border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900" />
      <div className="grid grid-cols-2 gap-4 sm:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-24 rounded-xl bg-slate-200 motion-safe:animate-pulse dark:bg-slate-800" />
        ))}
      </div>
    </div>
  );
}
