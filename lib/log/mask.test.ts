import { describe, expect, it } from "vitest";
import { maskPhoneNumber, maskPhoneNumbers } from "./mask";

describe("maskPhoneNumbers", () => {
  it("keeps only the last four digits of numbers in E.164, printed or bare", () => {
    expect(maskPhoneNumber("+14155550123")).toBe("+*******0123");
    expect(maskPhoneNumbers("to whatsapp:+447700900123 failed")).toBe("to whatsapp:+********0123 failed");
    expect(maskPhoneNumbers('{"to":"+44 7700 900123"}')).toBe('{"to":"+********0123"}');
    expect(maskPhoneNumbers("/calls/%2B447700900123")).toBe("/calls/%2B********0123");
    expect(maskPhoneNumbers('{"from":"14155550123","n":"4155550123"}')).toBe('{"from":"*******0123","n":"******0123"}');
  });

  it("leaves times, ids, durations and SIDs alone", () => {
    const line =
      '{"time":"2026-12-07T19:35:24.092Z","requestId":"b9773769-b9d7-4cbe-95b0-126079c2e440","durationMs":18,"accountSid":"AC00000000000000000000000000000001","id":"550e8400-e29b-41d4-a716-446655440000"}';
    expect(maskPhoneNumbers(line)).toBe(line);
  });
});
