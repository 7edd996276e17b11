import "server-only";
import type { NextResponse } from "next/server";
import { getCurrentUser, type CurrentUser } from "@/lib/auth";
import { crossOriginRefused, jsonError } from "./responses";
import { fromOurPages } from "./same-origin";

type Handler<Params> = (context: { request: Request; user: CurrentUser; params: Params }) => Promise<NextResponse>;

/**
 * For JSON routes behind sign-in: 403 for a state-changing request from another origin (proxy.ts
 * refuses it first; this keeps the route safe wherever it is mounted), 401 in our error shape
 * when signed out, else the handler.
 */
export function withUser<Params = Record<string, never>>(handler: Handler<Params>) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<NextResponse> => {
    if (!fromOurPages(request)) return crossOriginRefused();
    const user = await getCurrentUser();
    if (!user) return jsonError(401, "unauthenticated", "Sign in first.");
    return handler({ request, user, params: await context.params });
  };
}
