// How every page writes numbers, money, durations, dates and times: in the viewer's locale, one
// clock style, in the time zone the viewer chose.
import { dateFormatsFor } from "./dates";
import { numberFormatsFor } from "./numbers";

export type Formats = ReturnType<typeof numberFormatsFor> & ReturnType<typeof dateFormatsFor>;

const byLocale = new Map<string, Formats>();

/** Every formatter, in one locale (see matchLocale for where it comes from). */
export function formatsFor(locale: string): Formats {
  let formats = byLocale.get(locale);
  if (!formats) {
    formats = { ...numberFormatsFor(locale), ...dateFormatsFor(locale) };
    byLocale.set(locale, formats);
  }
  return formats;
}

export { DEFAULT_LOCALE, matchLocale, SUPPORTED_LOCALES } from "./locale";
export type { FormatOptions, ValueFormat } from "./numbers";
export type { ChartBucket } from "./dates";
