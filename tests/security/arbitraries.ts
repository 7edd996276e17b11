import fc from "fast-check";
import { isValidElement, type ReactNode } from "react";

// What the property-based suite throws at every input the app reads (SECURITY.md lists where).

/** Fixed, so a failure replays the same way everywhere; PROPERTY_RUNS raises the runs locally. */
export const PROPERTY_SEED = 20_261_129;
export const PROPERTY_RUNS = Number(process.env.PROPERTY_RUNS ?? 200);

export const PROTOTYPE_NAMES = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "prototype"];

const nasty = fc.constantFrom(
  ...PROTOTYPE_NAMES,
  "",
  " ",
  "1e308",
  "-1e308",
  "NaN",
  "Infinity",
  "-0",
  "9".repeat(400),
  "294277-01-01",
  "294277-01-01T00:00:00.000Z",
  "2026-02-30",
  "0000-00-00",
  "garbage",
  "null",
  "undefined",
  "[]",
  "{}",
  '["garbage","CA00000000000000000000000000000000","x"]',
  "../..//evil.example",
  "/%2e%2e//evil.example",
  "%00",
  "\u0000",
  "\u202e\u0644\u0627",
  "😀🇺🇸",
  "ＡＣ",
  "\ud800",
  "a".repeat(5_000),
  `AC${"0".repeat(32)}`,
  `CA${"f".repeat(32)}`,
  "custom",
  "Europe/Paris",
  "America/New_York\u0000",
);

/** Arbitrary text, with a strong bias towards the values that broke parsers before. */
export const nastyString = fc.oneof(
  { weight: 3, arbitrary: nasty },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.bigInt().map(String) },
  {
    weight: 1,
    arbitrary: fc
      .date({ noInvalidDate: false })
      .map((d) => (Number.isNaN(d.getTime()) ? "Invalid Date" : d.toISOString())),
  },
);

/** Query strings and forms: the names a reader knows, prototype names and any others, repeats included. */
export function paramPairs(known: readonly string[]) {
  const name = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...known, "connection") },
    { weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_NAMES) },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  return fc.array(fc.tuple(name, nastyString), { maxLength: 8 });
}

export const toSearchParams = (pairs: [string, string][]) => new URLSearchParams(pairs);

/** Next.js's shape for a page's searchParams: one string, or an array for a repeated name. */
export function toPageParams(pairs: [string, string][]): Record<string, string | string[]> {
  const record: Record<string, string | string[]> = {};
  for (const [key, value] of pairs) {
    const existing = Object.hasOwn(record, key) ? record[key] : undefined;
    Object.defineProperty(record, key, {
      value: existing === undefined ? value : [existing, value].flat(),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return record;
}

/**
 * Renders what a server component tree would show, as far as the server does: async components
 * (pages' panels) are awaited with their props, and every child must be something React can
 * render (a function or a plain object as a child is the 500 `?error=constructor` caused).
 * Client components are left to the browser. `visit` sees every text and element on the way.
 */
export async function renderServerTree(
  node: ReactNode | Promise<ReactNode>,
  visit: (rendered: unknown) => void = () => undefined,
): Promise<void> {
  const value: unknown = await node;
  if (value === null || value === undefined || typeof value === "boolean") return;
  visit(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "bigint") return;
  if (Array.isArray(value)) {
    for (const child of value) await renderServerTree(child as ReactNode, visit);
    return;
  }
  if (!isValidElement<{ children?: ReactNode }>(value)) {
    throw new Error(`not renderable as a React child: ${typeof value} ${String(value).slice(0, 60)}`);
  }
  const { type, props } = value;
  if (typeof type === "function" && type.constructor.name === "AsyncFunction") {
    await renderServerTree((type as (props: unknown) => Promise<ReactNode>)(props), visit);
    return;
  }
  await renderServerTree(props.children, visit);
}

/**
 * Everything a rendered tree puts in front of the person, as text: what it renders, and every prop
 * it hands a component (a client component's data reaches the browser whole, shown or not).
 */
export async function renderedText(node: ReactNode | Promise<ReactNode>): Promise<string> {
  const parts: string[] = [];
  await renderServerTree(node, (rendered) => {
    if (!isValidElement<Record<string, unknown>>(rendered)) parts.push(String(rendered));
    else parts.push(propsText(rendered.props));
  });
  return parts.join("\n");
}

/** An element's props but its children (rendered on their own), elements among them included. */
function propsText({ children: _rendered, ...props }: Record<string, unknown>): string {
  const seen = new WeakSet<object>();
  return JSON.stringify(props, (_key, value: unknown) => {
    if (typeof value === "bigint") return String(value);
    if (typeof value !== "object" || value === null) return value;
    if (seen.has(value)) return "[seen]";
    seen.add(value);
    return isValidElement(value) ? { props: value.props } : value;
  });
}

/** Next.js's control flow for redirect() and notFound(): an answer (3xx, 404), not a failure. */
export function isNavigationSignal(error: unknown): boolean {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && /^(NEXT_REDIRECT|NEXT_HTTP_ERROR_FALLBACK;40[34])/.test(digest);
}
