import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./call-log-cursor";

const SID = `CA${"0".repeat(32)}`;
const forge = (value: unknown, digest = "x") =>
  `${Buffer.from(JSON.stringify([value, SID, digest])).toString("base64url")}`;
const reSign = (token: string, payload: unknown[]) =>
  `${Buffer.from(JSON.stringify(payload)).toString("base64url")}.${token.split(".")[1]}`;

describe("call log cursors", () => {
  it("round-trip for their own sort and scope only", () => {
    const token = encodeCursor({ value: "2026-01-02T03:04:05.000Z", sid: SID }, "startTime", "range=7d|startTime|desc");
    expect(decodeCursor(token, "startTime", "range=7d|startTime|desc")).toEqual({
      value: "2026-01-02T03:04:05.000Z",
      sid: SID,
    });
    expect(decodeCursor(token, "startTime", "range=30d|startTime|desc")).toBeNull();
    expect(decodeCursor(token, "duration", "range=7d|startTime|desc")).toBeNull();
  });

  // Before cursors were signed, anyone could build one, and these values reached SQL (a 500).
  it.each(["garbage", 1e308, "294277-01-01T00:00:00.000Z", "12abc", -1])(
    "refuses a cursor built by hand around %s",
    (value) => {
      expect(decodeCursor(forge(value), "startTime")).toBeNull();
      expect(decodeCursor(forge(value), "duration")).toBeNull();
    },
  );

  it("refuses a signed cursor whose value was swapped", () => {
    const token = encodeCursor({ value: 42, sid: SID }, "duration");
    expect(decodeCursor(reSign(token, [43, SID]), "duration")).toBeNull();
    expect(decodeCursor(reSign(token, ["garbage", SID]), "duration")).toBeNull();
  });

  it("refuses values outside their column's type even when signed", () => {
    expect(decodeCursor(encodeCursor({ value: 1e308, sid: SID }, "price"), "price")).toBeNull();
    expect(decodeCursor(encodeCursor({ value: 1.5, sid: SID }, "duration"), "duration")).toBeNull();
    expect(decodeCursor(encodeCursor({ value: "294277-01-01", sid: SID }, "startTime"), "startTime")).toBeNull();
    expect(decodeCursor(encodeCursor({ value: -12.5, sid: SID }, "price"), "price")).toEqual({
      value: -12.5,
      sid: SID,
    });
  });
});
