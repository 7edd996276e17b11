const regions = new Intl.DisplayNames(["en"], { type: "region" });

/** "GB" → "United Kingdom"; unknown or missing codes are said plainly. */
export function countryName(code: string | null): string {
  if (!code) return "Unknown";
  try {
    return regions.of(code) ?? code;
  } catch {
    return code;
  }
}
