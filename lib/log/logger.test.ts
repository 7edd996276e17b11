import { describe, expect, it } from "vitest";
import { createLogger } from "./logger";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const log = createLogger("info", {
    write: (line: string) => {
      raw.push(line);
      lines.push(JSON.parse(line) as Record<string, unknown>);
    },
  });
  return { log, lines, raw };
}

describe("the logger's backstops", () => {
  it("redacts values under secret-sounding keys, at the top and one level down", () => {
    const { log, lines, raw } = capture();
    log.info(
      { authToken: "9e8d7c6b5a4f", connection: { token: "session-abc", body: "Your code is 1234" }, cookie: "x=y" },
      "oops",
    );
    expect(lines[0]).toMatchObject({
      authToken: "[redacted]",
      connection: { token: "[redacted]", body: "[redacted]" },
      cookie: "[redacted]",
    });
    expect(raw.join("")).not.toMatch(/9e8d7c6b5a4f|session-abc|Your code/);
  });

  it("masks phone numbers anywhere in a line: fields, the message, an error's message and stack", () => {
    const { log, raw } = capture();
    log.error({ err: new Error("Twilio refused +14155550123"), to: "+447700900123" }, "call to +14155550123");
    expect(raw.join("")).not.toMatch(/4155550123|7700900123/);
    expect(raw.join("")).toContain("+*******0123");
  });

  it("writes one JSON line per call, with its level by name and an ISO time", () => {
    const { log, lines, raw } = capture();
    log.info({ requestId: "r1" }, "request");
    expect(raw[0]?.endsWith("\n")).toBe(true);
    expect(lines[0]).toMatchObject({ level: "info", requestId: "r1", msg: "request" });
    expect(String(lines[0]?.time)).toMatch(/^\d{4}-\d\d-\d\dT/);
  });
});
