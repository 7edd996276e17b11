import { DonutChart } from "@/components/charts/donut-chart";
import type { SeriesStyle } from "@/components/charts/palette";
import type { AnsweredByRow } from "@/lib/analytics";
import { answeredByLabel } from "@/lib/domain";

// Twilio's AnsweredBy values, grouped by what they mean for the caller: a person, a machine, neither.
const STYLES: Record<string, SeriesStyle> = {
  human: { color: "#0e914f", pattern: "solid" },
  machine_start: { color: "#cf7d09", pattern: "stripes" },
  machine_end_beep: { color: "#eb5301", pattern: "dots" },
  machine_end_silence: { color: "#b45309", pattern: "crosshatch" },
  machine_end_other: { color: "#92400e", pattern: "horizontal" },
  fax: { color: "#598df5", pattern: "vertical" },
};
const OTHER: SeriesStyle = { color: "#6c747b", pattern: "grid" };

/** Who picked up calls placed with answering-machine detection. */
export function AnsweredByChart({ rows }: { rows: AnsweredByRow[] }) {
  return (
    <DonutChart
      title="Answered by"
      slices={rows.map((row) => {
        const style = Object.hasOwn(STYLES, row.answeredBy) ? STYLES[row.answeredBy] : undefined;
        return {
          key: row.answeredBy,
          label: answeredByLabel(row.answeredBy),
          value: row.calls,
          ...(style ?? OTHER),
        };
      })}
    />
  );
}
