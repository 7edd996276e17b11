import { timingSafeEqual } from "node:crypto";

/** Whether the request's `Authorization` is `Bearer <secret>`, compared in constant time. */
export function hasBearerToken(request: Request, secret: string): boolean {
  const given = Buffer.from(request.headers.get("authorization") ?? "");
  const expected = Buffer.from(`Bearer ${secret}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
