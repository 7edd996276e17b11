import { describe, expect, it } from "vitest";
import { time } from "./wire-values";

describe("time", () => {
  it("reads Twilio's RFC 2822 dates exactly as Date.parse does", () => {
    const samples = [
      "Tue, 10 Aug 2010 08:02:17 +0000",
      "Thu, 29 Feb 2024 23:59:59 +0000",
      "Fri, 01 Jan 1971 00:00:00 +0000",
      "Sun, 29 Nov 2026 06:25:39 +0000",
      // Days a month does not have, and times out of range: whatever Date.parse makes of them.
      "Mon, 31 Feb 2025 12:00:00 +0000",
      "Sat, 00 Jan 2022 12:00:00 +0000",
      "Mon, 31 Dec 2029 23:59:59 +0000",
      "Mon, 10 Dec 2029 24:00:00 +0000",
      "Mon, 10 Dec 2029 12:60:00 +0000",
    ];
    const parsed = (sample: string) =>
      Number.isNaN(Date.parse(sample)) ? null : new Date(Date.parse(sample)).toISOString();
    for (const sample of samples) expect(time(sample)).toBe(parsed(sample));
    for (let sec = 1_200_000_000; sec < 1_900_000_000; sec += 987_653) {
      const wire = new Date(sec * 1000).toUTCString().replace("GMT", "+0000");
      expect(time(wire)).toBe(new Date(sec * 1000).toISOString());
    }
  });

  it("still reads other zones and forms, and gives null for nothing or nonsense", () => {
    expect(time("Tue, 10 Aug 2010 10:02:17 +0200")).toBe("2010-08-10T08:02:17.000Z");
    expect(time("2010-08-10T08:02:17Z")).toBe("2010-08-10T08:02:17.000Z");
    expect(time("Tue, 10 Foo 2010 08:02:17 +0000")).toBeNull();
    expect(time("not a date")).toBeNull();
    expect(time("")).toBeNull();
    expect(time(null)).toBeNull();
    expect(time(1281427337)).toBeNull();
  });
});
