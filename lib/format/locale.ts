// The viewer's locale decides how numbers, money and dates are written; the clock is 24-hour
// everywhere. The server reads the locale from the request and hands it to the browser with the
// page, so client components render the same text on both sides.
export const DEFAULT_LOCALE = "en-US";
export const HOUR_CYCLE = "h23";

/**
 * The locales pages are written in. Client components are rendered by the server's Intl and then
 * by the browser's, whose locale data can differ (Node.js 20 and Chromium write zh-Hant dates
 * differently, and the page then fails to hydrate): `e2e/locale.spec.ts` renders the overview in
 * each of these and fails on any hydration error. A language not listed falls back to its first
 * listed region, else to en-US.
 */
export const SUPPORTED_LOCALES = [
  "en-US",
  "en-GB",
  "en-IN",
  "de-DE",
  "fr-FR",
  "es-ES",
  "it-IT",
  "pt-BR",
  "nl-NL",
  "sv-SE",
  "pl-PL",
  "ja-JP",
  "ko-KR",
  "zh-CN",
] as const;

const LANGUAGE_TAG = /^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/;
const MAX_HEADER = 512;
const MAX_TAGS = 12;

/**
 * The viewer's locale from an Accept-Language header: for the tags in order of quality, the
 * supported locale it names, else one of the same language; DEFAULT_LOCALE when none matches or
 * the header is missing or malformed.
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
    let locale: Intl.Locale;
    try {
      locale = new Intl.Locale(tag);
    } catch {
      continue; // not a well-formed tag after all
    }
    const exact = SUPPORTED_LOCALES.find((supported) => supported === `${locale.language}-${locale.region ?? ""}`);
    const sameLanguage = SUPPORTED_LOCALES.find((supported) => supported.startsWith(`${locale.language}-`));
    const match = exact ?? sameLanguage;
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}
