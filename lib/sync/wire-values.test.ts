import { describe, expect, it } from "vitest";
import { time } from "./wire-values";

describe("time", () => {
  it("reads Twilio's RFC 2822 dates exactly as Date.parse does", () => {
    const samples = [
      "Tue, 10 Aug 2010 08:02:17 +0000",
      "Thu, 29 Feb 2024 23:59:59 +0000",
      "Fri, 01 Jan 1971 00:00:00 +0000",
      "Sun, 29 Nov 2026 06:25:39 +0000",
      // A day the month does not have rolls over, as Date.parse rolls it.
      "Mon, 31 Feb 2025 12:00:00 +0000",
    ];
    for (const sample of samples) expect(time(sample)).toBe(new Date(Date.parse(sample)).toISOString());
    for (let sec = 1_700_000_000; sec < 1_800_000_000; sec += 9_876_543) {
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
