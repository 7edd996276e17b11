import "server-only";
import { env } from "@/lib/env";
import { isSameOriginRequest, SAFE_METHODS } from "@/lib/web";

/** Whether a state-changing request came from our own pages (reads are always allowed). */
export function fromOurPages(request: Request): boolean {
  if (SAFE_METHODS.has(request.method)) return true;
  return isSameOriginRequest(request.headers, request.url, env().NEXTAUTH_URL);
}
