import { DonutChart } from "@/components/charts/donut-chart";
import type { SeriesStyle } from "@/components/charts/palette";
import type { NumberTypeRow } from "@/lib/analytics";
import { numberTypeLabel, type NumberType } from "@/lib/domain";

// Phone lines in colours of their own; endpoints reached over the internet share one hue.
const STYLES: Partial<Record<NumberType, SeriesStyle>> = {
  mobile: { color: "#1a78fc", pattern: "solid" },
  "fixed-line": { color: "#eb5301", pattern: "stripes" },
  "fixed-line-or-mobile": { color: "#9c37fb", pattern: "dots" },
  "toll-free": { color: "#0e914f", pattern: "crosshatch" },
  "premium-rate": { color: "#fa264e", pattern: "horizontal" },
  client: { color: "#cf7d09", pattern: "vertical" },
  sip: { color: "#cf7d09", pattern: "back-stripes" },
  whatsapp: { color: "#cf7d09", pattern: "grid" },
  withheld: { color: "#736d27", pattern: "solid" },
};
const OTHER: SeriesStyle = { color: "#6c747b", pattern: "grid" };

/** Calls by what was at the other end: mobiles, landlines, toll-free numbers, apps… */
export function NumberTypesChart({ rows }: { rows: NumberTypeRow[] }) {
  return (
    <DonutChart
      title="Calls by number type"
      slices={rows.map((row) => {
        const type = row.numberType;
        const style = type && Object.hasOwn(STYLES, type) ? STYLES[type as NumberType] : undefined;
        return {
          key: type ?? "",
          label: type ? numberTypeLabel(type) : "Not classified yet",
          value: row.calls,
          ...(style ?? OTHER),
        };
      })}
    />
  );
}
