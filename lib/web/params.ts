import { z } from "zod";

/** Where the app reads named values: a query string, a page's searchParams, a form. */
export type ParamSource = URLSearchParams | FormData | Record<string, string | string[] | undefined>;

export type ParamsResult<T> = { success: true; data: T } | { success: false; message: string };

function entriesOf(source: ParamSource): [string, unknown][] {
  if (source instanceof URLSearchParams || source instanceof FormData) return [...source.entries()];
  return Object.entries(source).flatMap(([key, value]) =>
    value === undefined ? [] : Array.isArray(value) ? value.map((v): [string, unknown] => [key, v]) : [[key, value]],
  );
}

/**
 * Each name's one value, in an object without a prototype (so `constructor` or `__proto__` in a
 * URL is just a name), and the names given more than once: `?a=1&a=2` must not quietly mean
 * whichever copy some reader happens to pick.
 */
export function singleValues(source: ParamSource): { values: Record<string, unknown>; repeated: string[] } {
  const values: Record<string, unknown> = Object.create(null);
  const repeated = new Set<string>();
  for (const [key, value] of entriesOf(source)) {
    if (Object.hasOwn(values, key)) repeated.add(key);
    else values[key] = value;
  }
  for (const key of repeated) delete values[key];
  return { values, repeated: [...repeated] };
}

const describe = (issues: z.core.$ZodIssue[]) =>
  issues.map((i) => `${i.path.map(String).join(".") || "input"}: ${i.message}`).join("; ");

/** Parses named values with `schema`: a repeated name is an error, like any value the schema refuses. */
export function parseParams<Schema extends z.ZodType>(
  schema: Schema,
  source: ParamSource,
): ParamsResult<z.output<Schema>> {
  const { values, repeated } = singleValues(source);
  if (repeated.length > 0) {
    return { success: false, message: repeated.map((key) => `${key}: is given more than once`).join("; ") };
  }
  const parsed = schema.safeParse(values);
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, message: describe(parsed.error.issues) };
}

/** `table[key]` for the table's own keys only: never Object's members (`constructor`, `toString`…). */
export function ownValue<Value>(table: Readonly<Record<string, Value>>, key: unknown): Value | undefined {
  return typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined;
}

/**
 * A page's search params through `schema`, whose fields fall back on their own (`.catch`), so a
 * page always renders. A repeated name is left out (its field falls back) and listed.
 */
export function readPageParams<Schema extends z.ZodType>(
  schema: Schema,
  source: ParamSource,
): { data: z.output<Schema>; repeated: string[] } {
  const { values, repeated } = singleValues(source);
  return { data: schema.parse(values), repeated };
}

/** A page's `?notice=`, one of the keys of its own table of notices (set by its redirects); anything else is none. */
export function noticeParam<Key extends string>(notices: Record<Key, unknown>) {
  return z
    .enum(Object.keys(notices) as [Key, ...Key[]])
    .optional()
    .catch(undefined);
}
