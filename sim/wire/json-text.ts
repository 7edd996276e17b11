import { rfc2822 } from "../lib/twilio-time";

// Pages are JSON text built per record (see callJson): building an object per record and
// stringifying the page cost more than generating the records.

export function subresourceUris(base: string, names: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(names).map(([key, path]) => [key, `${base}/${path}.json`]));
}

/** subresource_uris as JSON text for any base, from the constant text around the base. */
export function subresourceJson(names: Record<string, string>): (base: string) => string {
  const mark = "{base}";
  const pieces = JSON.stringify(subresourceUris(mark, names)).split(mark);
  return (base) => pieces.join(base);
}

/** For the fields that may hold free text from the control API. */
export const text = (value: string | null) => (value === null ? "null" : JSON.stringify(value));
export const date = (sec: number | null) => (sec === null ? "null" : `"${rfc2822(sec)}"`);
