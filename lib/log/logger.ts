import "server-only";
import pino, { type LevelWithSilent, type Logger } from "pino";
import { env } from "@/lib/env";
import { maskPhoneNumbers } from "./mask";

// Call sites log ids, counts and timings, never a secret, a message body or a whole phone number.
// Two backstops stand under them: values under a secret-sounding key are replaced, and every
// phone-number-like string in a finished line is masked to its last digits.
const SECRET_KEYS = [
  "authToken",
  "password",
  "secret",
  "token",
  "cookie",
  "authorization",
  "body",
  "NEXTAUTH_SECRET",
  "TWILIO_AUTH_TOKEN",
  "CRON_SECRET",
];
const REDACTED_PATHS = SECRET_KEYS.flatMap((key) => [key, `*.${key}`]).concat(
  "req.headers.cookie",
  "req.headers.authorization",
);

/** A logger writing JSON lines to `out` (stdout by default) at `level`, through the phone-number mask. */
export function createLogger(level: LevelWithSilent, out: { write(line: string): unknown } = process.stdout): Logger {
  return pino(
    {
      level,
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
    },
    { write: (line: string) => void out.write(maskPhoneNumbers(line)) },
  );
}

let cached: Logger | undefined;

/** The server's logger: JSON lines on stdout at LOG_LEVEL. */
export function logger(): Logger {
  cached ??= createLogger(env().LOG_LEVEL);
  return cached;
}

/** Whole milliseconds since a `performance.now()` reading: the durations log lines carry. */
export const elapsedMs = (start: number): number => Math.round(performance.now() - start);
