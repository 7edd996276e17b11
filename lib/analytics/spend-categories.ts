import { GROUPED_CATEGORIES, spendGroupOf, TOTAL_PRICE_CATEGORY } from "@/lib/domain";

/**
 * The categories a spend list names, each counted once: the grouped top-level ones, and each other
 * stored category that is neither `totalprice`, nor a sub-category of another stored one (its name
 * is that one's and "-" and more: `lookups-carrier` of `lookups`), nor the parent of a grouped one
 * (`channels` holds `channels-whatsapp`). What `totalprice` holds beyond them is "other".
 */
export function listedSpendCategories(stored: readonly string[]): string[] {
  const grouped = Object.keys(GROUPED_CATEGORIES);
  const holds = (parent: string, child: string) => child.startsWith(`${parent}-`);
  return stored.filter((category) => {
    if (spendGroupOf(category)) return true;
    if (category === TOTAL_PRICE_CATEGORY) return false;
    if (stored.some((other) => holds(other, category))) return false;
    return !grouped.some((child) => holds(category, child));
  });
}

/** Twilio prices to 5 decimals: sums of differences keep no float noise beyond them ("-0.00000001"). */
export function roundToPriceDigits(amount: number): number {
  return Math.round(amount * 100_000) / 100_000 || 0;
}
