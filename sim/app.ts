import type { IncomingMessage, ServerResponse } from "node:http";
import { handleApiRequest } from "./api/pipeline";
import { ControlError, controlRouter, sendControlError } from "./control/control-routes";
import { BadRequestError, sendHtml, sendJson } from "./http/respond";
import type { RouteContext } from "./http/router";
import { ConflictError, type SimStore } from "./store/sim-store";
import { notFoundPage } from "./web/authorize-page";
import { webRouter } from "./web/web-routes";

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

async function handleControl(store: SimStore, ctx: RouteContext): Promise<void> {
  try {
    if (!LOOPBACK.has(ctx.req.socket.remoteAddress ?? ""))
      throw new ControlError(403, "forbidden", "The control API is loopback only");
    const match = controlRouter.match(ctx.req.method ?? "GET", ctx.url.pathname);
    if (match.kind === "none") throw new ControlError(404, "not_found", `No control route ${ctx.url.pathname}`);
    if (match.kind === "wrong-method")
      throw new ControlError(405, "method_not_allowed", `${ctx.req.method ?? ""} not allowed here`);
    await match.handler({ ...ctx, params: match.params, store });
  } catch (error) {
    if (error instanceof ControlError) return sendControlError(ctx.res, error);
    if (error instanceof ConflictError)
      return sendControlError(ctx.res, new ControlError(409, "conflict", error.message));
    if (error instanceof BadRequestError)
      return sendControlError(ctx.res, new ControlError(400, "invalid_body", error.message));
    throw error;
  }
}

async function handleWeb(store: SimStore, ctx: RouteContext): Promise<void> {
  const match = webRouter.match(ctx.req.method ?? "GET", ctx.url.pathname);
  if (match.kind !== "found")
    return sendHtml(ctx.res, match.kind === "none" ? 404 : 405, notFoundPage(`Nothing at ${ctx.url.pathname}.`));
  await match.handler({ ...ctx, params: match.params, store });
}

/** One server, three audiences: the REST API (SDK), the web pages (browser), /_sim (tests). */
export function createRequestListener(store: SimStore): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const ctx: RouteContext = { req, res, url, params: [] };
    const handle = url.pathname.startsWith("/2010-04-01/")
      ? handleApiRequest(store, ctx)
      : url.pathname.startsWith("/_sim/")
        ? handleControl(store, ctx)
        : handleWeb(store, ctx);
    handle.catch((error: unknown) => {
      console.error("[sim] request failed:", error);
      if (!res.headersSent)
        sendJson(res, 500, {
          code: 20500,
          message: "Internal Server Error",
          more_info: "https://www.twilio.com/docs/errors/20500",
          status: 500,
        });
      else res.destroy();
    });
  };
}
