import { beforeAll, vi } from "vitest";
import { twilioHttpClient } from "@/lib/twilio";

type Request = Parameters<ReturnType<typeof twilioHttpClient>["request"]>[0];
type Answer = Awaited<ReturnType<ReturnType<typeof twilioHttpClient>["request"]>>;

/**
 * Every request the app sends to Twilio (the simulator) in this file, through the app's one HTTP
 * client, as URLs; `answer` may stand in for Twilio on some (a refusal the simulator cannot make).
 */
export function recordTwilioRequests() {
  const urls: URL[] = [];
  let answer: ((url: URL) => Answer | null) | null = null;
  beforeAll(() => {
    const http = twilioHttpClient();
    const send = http.request.bind(http);
    vi.spyOn(http, "request").mockImplementation(async (options: Request) => {
      const url = new URL(options.uri);
      urls.push(url);
      return (answer?.(url) ?? (await send(options))) as never;
    });
  });
  return {
    /** The requests since `mark` (a count from `count()`) whose path ends with `path`. */
    since: (mark: number, path: string) => urls.slice(mark).filter((url) => url.pathname.endsWith(path)),
    count: () => urls.length,
    answerWith(answering: ((url: URL) => Answer | null) | null) {
      answer = answering;
    },
  };
}

/** Twilio's 404 for a resource the grant cannot read. */
export const notFound = (): Answer =>
  ({
    statusCode: 404,
    body: JSON.stringify({ code: 20404, message: "The requested resource was not found", status: 404 }),
    headers: {},
  }) as Answer;
