// What the request says about the person viewing a page: the locale their browser asks for, and
// the address they reached the app at.
import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { env } from "@/lib/env";
import { formatsFor, matchLocale, type Formats } from "@/lib/format";

/** The viewer's locale (Accept-Language, checked; en-US otherwise), read once per request. */
export const viewerLocale = cache(async (): Promise<string> => matchLocale((await headers()).get("accept-language")));

/** Every formatter in the viewer's locale, for server components. */
export async function viewerFormats(): Promise<Formats> {
  return formatsFor(await viewerLocale());
}

/** The app's public origin for links people are sent (NEXTAUTH_URL when set, else the host this request reached). */
export async function siteOrigin(): Promise<string> {
  const configured = env().NEXTAUTH_URL;
  if (configured) return new URL(configured).origin;
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost:3000";
  return `${list.get("x-forwarded-proto") ?? "http"}://${host}`;
}
