import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatsFor, matchLocale, SUPPORTED_LOCALES } from "@/lib/format";

const {
  formatBucket,
  formatCallDuration,
  formatClock,
  formatCost,
  formatPrice,
  formatDateTime,
  formatInstant,
  formatCompact,
  formatCurrency,
  formatDuration,
  formatDurationCompact,
  formatNumber,
  formatPercent,
  formatSigned,
  formatValue,
} = formatsFor("en-US");

describe("numbers", () => {
  it("groups, compacts and turns ratios into percentages", () => {
    expect(formatNumber(1234.56)).toBe("1,234.6");
    expect(formatCompact(1_234_567)).toBe("1.2M");
    expect(formatPercent(0.1234)).toBe("12.3%");
    expect(formatSigned(4.25)).toBe("+4.3");
    expect(formatSigned(0)).toBe("0");
    expect(formatSigned(-0.123, "percent")).toBe("-12.3%");
  });

  it("writes money in the given currency and survives an unknown code", () => {
    expect(formatCurrency(1234.5)).toBe("$1,234.50");
    expect(formatCurrency(1_234_567, "EUR", true)).toBe("€1.2M");
    expect(formatCurrency(12, "NOPE")).toBe("12 NOPE");
  });

  it("writes a free call's cost without a minus, and a cost from Twilio's negative price", () => {
    expect(formatCost(0, "USD")).toBe("$0.00");
    expect(formatCost(-0, "USD")).toBe("$0.00");
    expect(formatCost(0.001, "USD")).toBe("$0.00");
    expect(formatCost(-0.0085, "EUR")).toBe("€0.01");
    expect(formatCost(-1.5, null)).toBe("$1.50");
    expect(formatCost(null, "USD")).toBe("—");
    expect(formatCurrency(-2)).toBe("-$2.00");
  });

  it("writes a message's price to the fraction of a cent Twilio bills", () => {
    expect(formatPrice(-0.0079, "USD")).toBe("$0.0079");
    expect(formatPrice(-0.00525, "EUR")).toBe("€0.00525");
    expect(formatPrice(-0.02, "USD")).toBe("$0.02");
    expect(formatPrice(0, "USD")).toBe("$0.00");
    expect(formatPrice(-0.0079, "NOPE")).toBe("0.0079 NOPE");
    expect(formatPrice(null, "USD")).toBe("—");
  });
});

describe("durations (seconds in)", () => {
  it("uses seconds, then minutes and seconds, then whole minutes from an hour", () => {
    expect(formatDuration(45.4)).toBe("45s");
    expect(formatDuration(200)).toBe("3m 20s");
    expect(formatDuration(180)).toBe("3m");
    expect(formatDuration(3599)).toBe("59m 59s");
    expect(formatDuration(3600)).toBe("60 min");
    expect(formatDuration(74_040)).toBe("1,234 min");
  });

  it("compacts axis labels to seconds or minutes", () => {
    expect(formatDurationCompact(45)).toBe("45s");
    expect(formatDurationCompact(150)).toBe("2.5 min");
    expect(formatDurationCompact(7200)).toBe("120 min");
    expect(formatDurationCompact(720_000)).toBe("12K min");
  });

  it("is picked by formatValue", () => {
    expect(formatValue(200, "duration")).toBe("3m 20s");
    expect(formatValue(0.5, "percent")).toBe("50%");
    expect(formatValue(1500, "number", { compact: true })).toBe("1.5K");
    expect(formatValue(3, "currency", { currency: "GBP" })).toBe("£3.00");
    // A price per segment keeps the fractions of a cent it is made of.
    expect(formatValue(0.00791, "unit-price", { currency: "USD" })).toBe("$0.0079");
    expect(formatValue(0.5, "unit-price", { currency: "EUR" })).toBe("€0.50");
  });
});

describe("instants", () => {
  const instant = "2026-03-08T00:05:09Z";

  it("writes every time on a 24-hour clock, in the zone asked for", () => {
    expect(formatInstant(instant, "UTC")).toBe("Mar 8, 2026, 00:05:09 UTC");
    expect(formatInstant(new Date(instant), "America/New_York")).toBe("Mar 7, 2026, 19:05:09 EST");
    expect(formatDateTime(instant, "UTC")).toBe("Mar 8, 2026, 00:05");
    expect(formatDateTime(instant, "Asia/Kolkata")).toBe("Mar 8, 2026, 05:35");
    expect(formatClock(instant, "UTC")).toBe("00:05:09");
  });

  it("writes a dash for an instant that is not known yet", () => {
    expect(formatInstant(null, "UTC")).toBe("—");
    expect(formatCallDuration(null)).toBe("—");
    expect(formatCallDuration(61)).toBe("1m 1s");
  });
});

describe("formatBucket", () => {
  const tz = "America/New_York";

  it("labels hour axes with the time, naming the day at midnight", () => {
    expect(formatBucket("2026-03-08T18:00:00Z", "hour", tz)).toBe("14:00");
    expect(formatBucket("2026-03-08T05:00:00Z", "hour", tz)).toBe("Mar 8");
  });

  it("tells the two 01:00 hours of a fall-back day apart in full labels", () => {
    expect(formatBucket("2026-11-01T05:00:00Z", "hour", tz, "full")).toBe("Sun, Nov 1, 01:00 EDT");
    expect(formatBucket("2026-11-01T06:00:00Z", "hour", tz, "full")).toBe("Sun, Nov 1, 01:00 EST");
  });

  it("formats days and weeks in the given zone, not the machine's", () => {
    expect(formatBucket("2026-03-08T05:00:00Z", "day", tz)).toBe("Mar 8");
    expect(formatBucket("2026-03-08T05:00:00Z", "day", tz, "full")).toBe("Sun, Mar 8, 2026");
    expect(formatBucket("2026-03-08T05:00:00Z", "day", "Asia/Tokyo", "full")).toBe("Sun, Mar 8, 2026");
    expect(formatBucket("2026-03-02T05:00:00Z", "week", tz, "full")).toBe("Week of Mar 2, 2026");
    expect(formatBucket("2026-03-01T00:00:00Z", "month", "UTC")).toBe("Mar 2026");
    expect(formatBucket("2026-03-01T00:00:00Z", "month", "UTC", "full")).toBe("March 2026");
  });

  it("passes through what is not a date", () => {
    expect(formatBucket("not a date", "day", tz)).toBe("not a date");
  });
});

describe("the viewer's locale", () => {
  it("is the supported locale the browser ranks first, by region or else by language, else en-US", () => {
    expect(matchLocale("de-DE,de;q=0.9,en;q=0.8")).toBe("de-DE");
    expect(matchLocale("de-AT")).toBe("de-DE");
    expect(matchLocale("en;q=0.5, fr-CA")).toBe("fr-FR");
    expect(matchLocale("en-GB-u-nu-thai")).toBe("en-GB");
    expect(matchLocale("zh-Hant-TW, ja;q=0.5")).toBe("zh-CN");
    expect(matchLocale("xx-invalid-tag-that-is-far-too-long, es;q=0.1")).toBe("es-ES");
    expect(matchLocale("tlh, sv")).toBe("sv-SE");
    expect(matchLocale("*")).toBe("en-US");
    expect(matchLocale("de;q=0")).toBe("en-US");
    expect(matchLocale("constructor, __proto__")).toBe("en-US");
    expect(matchLocale("")).toBe("en-US");
    expect(matchLocale(null)).toBe("en-US");
    expect(matchLocale(`${"de,".repeat(300)}`)).toBe("en-US");
  });

  it("answers any header with a locale Intl supports, never throwing", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 600 }), (header) => {
        expect(SUPPORTED_LOCALES).toContain(matchLocale(header));
      }),
      { seed: 20261207, numRuns: 500 },
    );
  });

  it("writes numbers, money and dates in that locale, on a 24-hour clock", () => {
    const de = formatsFor("de-DE");
    expect(de.formatNumber(1234.5)).toBe("1.234,5");
    expect(de.formatCost(-1.5, "EUR")).toBe("1,50\u00a0€");
    expect(de.formatCost(0, "USD")).toBe("0,00\u00a0$");
    expect(de.formatDateTime("2026-03-08T14:05:09Z", "UTC")).toBe("08.03.2026, 14:05");
    expect(formatsFor("en-GB").formatDateTime("2026-03-08T14:05:09Z", "UTC")).toBe("8 Mar 2026, 14:05");
  });
});
