import { z } from "zod";

/**
 * Where the simulator may be kinder than Twilio, one switch each. Strict is what Twilio does as
 * far as its spec and public reports say; generous is the simulator's older, kinder behaviour,
 * kept so the app is tested against both answers wherever Twilio's is not documented.
 */
export const fidelitySchema = z.strictObject({
  /** Accounts.json through a Connect grant: only the account used to make the request, or its whole tree. */
  accountsList: z.enum(["self", "tree"]),
  /** start_time of a queued call: empty until it is dialed, or its creation time. */
  unstartedTimes: z.enum(["empty", "filled"]),
  /** duration of a busy, failed or no-answer call: empty, or "0". */
  unansweredDuration: z.enum(["empty", "zero"]),
  /** Page above 0 without PageToken: Twilio's 400, or served. */
  pageWithoutToken: z.enum(["reject", "accept"]),
  /** Twilio-Request-Id and Twilio-Concurrent-Requests: on every response, or only on 429s. */
  responseHeaders: z.enum(["always", "on-429"]),
});

export type Fidelity = z.infer<typeof fidelitySchema>;

export const STRICT: Fidelity = {
  accountsList: "self",
  unstartedTimes: "empty",
  unansweredDuration: "empty",
  pageWithoutToken: "reject",
  responseHeaders: "always",
};

export const GENEROUS: Fidelity = {
  accountsList: "tree",
  unstartedTimes: "filled",
  unansweredDuration: "zero",
  pageWithoutToken: "accept",
  responseHeaders: "on-429",
};

/** "strict", "generous", or switches over strict (`{"accountsList":"tree"}`). */
export const fidelityInputSchema = z.union([
  z.enum(["strict", "generous"]).transform((preset) => (preset === "strict" ? STRICT : GENEROUS)),
  fidelitySchema.partial().transform((switches): Fidelity => ({ ...STRICT, ...switches })),
]);
