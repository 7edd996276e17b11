// What the request says about the person viewing a page: the locale their browser asks for.
import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { formatsFor, matchLocale, type Formats } from "@/lib/format";

/** The viewer's locale (Accept-Language, checked; en-US otherwise), read once per request. */
export const viewerLocale = cache(async (): Promise<string> => matchLocale((await headers()).get("accept-language")));

/** Every formatter in the viewer's locale, for server components. */
export async function viewerFormats(): Promise<Formats> {
  return formatsFor(await viewerLocale());
}
