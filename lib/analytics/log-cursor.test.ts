import { describe, expect, it } from "vitest";
import { CALL_LOG_CURSORS } from "./call-log-cursor";
import type { LogCursors } from "./log-cursor";
import { MESSAGE_LOG_CURSORS } from "./message-log-cursor";

const CALL_SID = `CA${"0".repeat(32)}`;
const MESSAGE_SID = `SM${"0".repeat(32)}`;

/** The same checks for each log, with its own SIDs and its time, count and money sort columns. */
function describeCursors<C extends string>(
  name: string,
  cursors: LogCursors<C>,
  sid: string,
  { time, count, money }: Record<"time" | "count" | "money", C>,
) {
  const { encode, decode } = cursors;
  const forge = (value: unknown, digest = "x") =>
    `${Buffer.from(JSON.stringify([value, sid, digest])).toString("base64url")}`;
  const reSign = (token: string, payload: unknown[]) =>
    `${Buffer.from(JSON.stringify(payload)).toString("base64url")}.${token.split(".")[1]}`;

  describe(`${name} log cursors`, () => {
    it("round-trip for their own sort and scope only", () => {
      const scope = `range=7d|${time}|desc`;
      const token = encode({ value: "2026-01-02T03:04:05.000Z", sid }, time, scope);
      expect(decode(token, time, scope)).toEqual({ value: "2026-01-02T03:04:05.000Z", sid });
      expect(decode(token, time, `range=30d|${time}|desc`)).toBeNull();
      expect(decode(token, count, scope)).toBeNull();
    });

    // Before cursors were signed, anyone could build one, and these values reached SQL (a 500).
    it.each(["garbage", 1e308, "294277-01-01T00:00:00.000Z", "12abc", -1])(
      "refuses a cursor built by hand around %s",
      (value) => {
        expect(decode(forge(value), time)).toBeNull();
        expect(decode(forge(value), count)).toBeNull();
      },
    );

    it("refuses a signed cursor whose value was swapped", () => {
      const token = encode({ value: 42, sid }, count);
      expect(decode(reSign(token, [43, sid]), count)).toBeNull();
      expect(decode(reSign(token, ["garbage", sid]), count)).toBeNull();
    });

    it("refuses values outside their column's type even when signed", () => {
      expect(decode(encode({ value: 1e308, sid }, money), money)).toBeNull();
      expect(decode(encode({ value: 1.5, sid }, count), count)).toBeNull();
      expect(decode(encode({ value: "294277-01-01", sid }, time), time)).toBeNull();
      expect(decode(encode({ value: -12.5, sid }, money), money)).toEqual({ value: -12.5, sid });
    });

    it("reads the sort from the URL, falling back to the default for anything else", () => {
      expect(cursors.parseSort({ sort: count, order: "asc" })).toEqual({ column: count, order: "asc" });
      expect(cursors.parseSort({ sort: "bogus", order: ["asc"] })).toEqual(cursors.defaultSort);
      expect(cursors.parseSort({})).toEqual(cursors.defaultSort);
    });
  });
}

describeCursors("call", CALL_LOG_CURSORS, CALL_SID, { time: "startTime", count: "duration", money: "price" });
describeCursors("message", MESSAGE_LOG_CURSORS, MESSAGE_SID, { time: "dateSent", count: "segments", money: "price" });

describe("cursors of different logs", () => {
  it("are never taken for each other, even for a column both have", () => {
    const scope = "range=7d|price|asc";
    expect(
      MESSAGE_LOG_CURSORS.decode(
        CALL_LOG_CURSORS.encode({ value: 1, sid: MESSAGE_SID }, "price", scope),
        "price",
        scope,
      ),
    ).toBeNull();
    expect(
      CALL_LOG_CURSORS.decode(MESSAGE_LOG_CURSORS.encode({ value: 1, sid: CALL_SID }, "price", scope), "price", scope),
    ).toBeNull();
  });

  it("hold only their own kind of SID", () => {
    expect(
      MESSAGE_LOG_CURSORS.decode(MESSAGE_LOG_CURSORS.encode({ value: 1, sid: CALL_SID }, "price"), "price"),
    ).toBeNull();
    expect(
      MESSAGE_LOG_CURSORS.decode(
        MESSAGE_LOG_CURSORS.encode({ value: 1, sid: `MM${"a".repeat(32)}` }, "price"),
        "price",
      ),
    ).toEqual({ value: 1, sid: `MM${"a".repeat(32)}` });
  });
});
