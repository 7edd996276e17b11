import type { ChartSeries, Pattern, SeriesStyle } from "./palette";

const TILE = 6;
const line = { stroke: "white", strokeOpacity: 0.7, strokeWidth: 1.2 } as const;

/** The marks drawn over a series colour in one 6×6 tile, so series differ by more than hue. */
function Marks({ pattern }: { pattern: Pattern }) {
  switch (pattern) {
    case "stripes":
      return <path d="M-1,1 L1,-1 M0,6 L6,0 M5,7 L7,5" {...line} />;
    case "back-stripes":
      return <path d="M-1,5 L1,7 M0,0 L6,6 M5,-1 L7,1" {...line} />;
    case "crosshatch":
      return <path d="M0,6 L6,0 M0,0 L6,6" {...line} />;
    case "horizontal":
      return <path d="M0,3 H6" {...line} />;
    case "vertical":
      return <path d="M3,0 V6" {...line} />;
    case "grid":
      return <path d="M0,3 H6 M3,0 V6" {...line} />;
    case "dots":
      return <circle cx={3} cy={3} r={1.4} fill="white" fillOpacity={0.8} />;
    case "checker":
      return <path d="M0,0 H3 V3 H0 Z M3,3 H6 V6 H3 Z" fill="white" fillOpacity={0.45} />;
    case "rings":
      return <circle cx={3} cy={3} r={1.8} fill="none" {...line} />;
    case "diamonds":
      return <path d="M3,0.8 L5.2,3 L3,5.2 L0.8,3 Z" fill="none" {...line} />;
    case "zigzag":
      return <path d="M0,4 L1.5,2 L3,4 L4.5,2 L6,4" fill="none" {...line} />;
    case "plus":
      return <path d="M3,1.2 V4.8 M1.2,3 H4.8" {...line} />;
    case "solid":
      return null;
  }
}

function patternId(prefix: string, key: string): string {
  return `${prefix}-${key.replace(/[^\w-]/g, "_")}`;
}

/** SVG <defs> for the chart's patterned series; `prefix` must be unique on the page. */
export function PatternDefs({ prefix, series }: { prefix: string; series: readonly ChartSeries[] }) {
  return (
    <defs>
      {series
        .filter((s) => s.pattern !== "solid")
        .map((s) => (
          <pattern key={s.key} id={patternId(prefix, s.key)} width={TILE} height={TILE} patternUnits="userSpaceOnUse">
            <rect width={TILE} height={TILE} fill={s.color} />
            <Marks pattern={s.pattern} />
          </pattern>
        ))}
    </defs>
  );
}

/** The `fill` for a series: its colour, or its pattern from PatternDefs. */
export function seriesFill(prefix: string, series: ChartSeries): string {
  return series.pattern === "solid" ? series.color : `url(#${patternId(prefix, series.key)})`;
}

/** A legend key showing the series' colour and pattern. */
export function Swatch({ color, pattern }: SeriesStyle) {
  return (
    <svg viewBox={`0 0 ${TILE} ${TILE}`} className="size-3 shrink-0 rounded-[2px]" aria-hidden="true">
      <rect width={TILE} height={TILE} fill={color} />
      <Marks pattern={pattern} />
    </svg>
  );
}
