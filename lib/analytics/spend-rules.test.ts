import { describe, expect, it } from "vitest";
import { projectMonthEnd, utcMonthToDate } from "./month-projection";
import { spendBucketFor, spendBucketStart, spendBucketStarts } from "./spend-buckets";
import { listedSpendCategories, roundToPriceDigits } from "./spend-categories";

describe("listedSpendCategories", () => {
  it("keeps the grouped categories and the top-level ones outside them, each once", () => {
    const stored = [
      "totalprice",
      "calls",
      "calls-inbound",
      "calls-client",
      "sms",
      "sms-outbound",
      "channels",
      "channels-whatsapp",
      "lookups",
      "lookups-carrier",
      "shortcodes-customerowned",
      "recordingstorage",
    ];
    expect(listedSpendCategories(stored)).toEqual([
      "calls",
      "calls-client",
      "sms",
      "channels-whatsapp",
      "lookups",
      "shortcodes-customerowned",
      "recordingstorage",
    ]);
  });
});

describe("spend buckets", () => {
  it("chooses days, weeks or months", () => {
    expect([spendBucketFor(90, false), spendBucketFor(91, false), spendBucketFor(7, true)]).toEqual([
      "day",
      "week",
      "month",
    ]);
  });

  it("starts weeks on Monday and months on the 1st, in UTC days", () => {
    expect(spendBucketStart("2026-03-08", "week")).toBe("2026-03-02"); // a Sunday
    expect(spendBucketStart("2026-03-09", "week")).toBe("2026-03-09"); // a Monday
    expect(spendBucketStart("2026-02-28", "month")).toBe("2026-02-01");
    expect(spendBucketStarts("2026-01-30", "2026-03-02", "month")).toEqual(["2026-01-01", "2026-02-01", "2026-03-01"]);
  });
});

describe("the month-end projection", () => {
  it("averages the complete days over the month's length, and has none on the 1st", () => {
    expect(projectMonthEnd(190, 19, 31)).toBeCloseTo(310, 10);
    expect(projectMonthEnd(12, 0, 31)).toBeNull();
    expect(utcMonthToDate(new Date("2024-02-29T23:59:00Z"))).toEqual({
      from: "2024-02-01",
      today: "2024-02-29",
      daysInMonth: 29,
    });
    // The UTC month, not the viewer's: 23:30 on the 31st in New York is already the 1st in UTC.
    expect(utcMonthToDate(new Date("2026-04-01T03:30:00Z")).today).toBe("2026-04-01");
  });

  it("rounds away float noise below Twilio's 5 decimals", () => {
    expect(roundToPriceDigits(0.1 + 0.2 - 0.3)).toBe(0);
    expect(Object.is(roundToPriceDigits(-1e-12), 0)).toBe(true);
  });
});
