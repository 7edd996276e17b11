import { DonutChart } from "@/components/charts/donut-chart";
import type { SeriesStyle } from "@/components/charts/palette";
import type { AnsweredByRow } from "@/lib/analytics";

// Twilio's AnsweredBy values, grouped by what they mean for the caller: a person, a machine, neither.
const STYLES: Record<string, SeriesStyle & { label: string }> = {
  human: { label: "Human", color: "#0e914f", pattern: "solid" },
  machine_start: { label: "Machine (greeting start)", color: "#cf7d09", pattern: "stripes" },
  machine_end_beep: { label: "Machine (after beep)", color: "#eb5301", pattern: "dots" },
  machine_end_silence: { label: "Machine (after silence)", color: "#b45309", pattern: "crosshatch" },
  machine_end_other: { label: "Machine (other)", color: "#92400e", pattern: "horizontal" },
  fax: { label: "Fax", color: "#598df5", pattern: "vertical" },
};
const OTHER: SeriesStyle = { color: "#6c747b", pattern: "grid" };

/** Who picked up calls placed with answering-machine detection. */
export function AnsweredByChart({ rows }: { rows: AnsweredByRow[] }) {
  return (
    <DonutChart
      title="Answered by"
      slices={rows.map((row) => {
        const style = STYLES[row.answeredBy];
        return {
          key: row.answeredBy,
          label: style?.label ?? row.answeredBy.replaceAll("_", " "),
          value: row.calls,
          ...(style ?? OTHER),
        };
      })}
    />
  );
}
