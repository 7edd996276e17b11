// The viewer's locale decides how numbers, money and dates are written; the clock is 24-hour
// everywhere. The server reads the locale from the request and hands it to the browser with the
// page, so client components render the same text on both sides.
export const DEFAULT_LOCALE = "en-US";
export const HOUR_CYCLE = "h23";

const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const MAX_HEADER = 512;
const MAX_TAGS = 12;

/**
 * The viewer's locale from an Accept-Language header: the first tag, by quality, that Intl
 * supports; DEFAULT_LOCALE when there is none, or the header is missing or malformed.
 */
export function matchLocale(acceptLanguage: string | null | undefined): string {
  if (!acceptLanguage || acceptLanguage.length > MAX_HEADER) return DEFAULT_LOCALE;
  const ranked = acceptLanguage
    .split(",")
    .slice(0, MAX_TAGS)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([01](?:\.\d{0,3})?)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), quality: q === undefined ? 1 : Number(q), index };
    })
    .filter(({ tag, quality }) => quality > 0 && LANGUAGE_TAG.test(tag))
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    try {
      const [supported] = Intl.NumberFormat.supportedLocalesOf(Intl.getCanonicalLocales(tag));
      if (supported) return supported;
    } catch {
      // Not a well-formed tag after all: try the next.
    }
  }
  return DEFAULT_LOCALE;
}
