import { Card } from "@/components/ui/card";
import { type ValueFormat } from "@/lib/format";
import { viewerFormats } from "@/lib/viewer";
import { describeChange, type ChangeTone } from "./kpi-change";

export type KpiCardProps = {
  label: string;
  value: number | null;
  /** percent takes a ratio (0.42); duration takes seconds (see format.ts for how it is written). */
  format: ValueFormat;
  currency?: string;
  previous?: number | null;
  /** Whether a rise is good news (calls answered) or bad (failed calls, cost). */
  goodWhen?: "up" | "down";
  /** Said instead of the change, for a figure with no previous period to compare with. */
  note?: string;
};

const TONE_CLASSES: Record<ChangeTone, string> = {
  good: "text-emerald-700 dark:text-emerald-400",
  bad: "text-red-700 dark:text-red-400",
  neutral: "text-slate-500 dark:text-slate-400",
};

/** One headline number with its change against the previous period. Renders on the server. */
export async function KpiCard({ label, value, format, currency, previous, goodWhen = "up", note }: KpiCardProps) {
  const { formatSigned, formatValue } = await viewerFormats();
  const change = note
    ? { text: note, tone: "neutral" as const, arrow: null }
    : describeChange(formatSigned, value, previous, format, goodWhen);
  return (
    <Card>
      <dl className="space-y-1">
        <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
        <dd className="text-2xl font-semibold tabular-nums">
          {value === null ? (
            <>
              <span aria-hidden="true">—</span>
              <span className="sr-only">No data</span>
            </>
          ) : (
            formatValue(value, format, { currency })
          )}
        </dd>
        <dd className={`flex items-center gap-1 text-xs ${TONE_CLASSES[change.tone]}`}>
          {change.arrow ? <span aria-hidden="true">{change.arrow}</span> : null}
          {change.text}
          {/* The colour says whether the change is welcome; say it in words too. */}
          {change.tone === "neutral" ? null : (
            <span className="sr-only">({change.tone === "good" ? "better" : "worse"})</span>
          )}
        </dd>
      </dl>
    </Card>
  );
}
