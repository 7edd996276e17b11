import type { IncomingMessage, ServerResponse } from "node:http";

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: string[];
}

export type Handler<C, R> = (ctx: C) => R;

type Match<C, R> =
  { kind: "found"; handler: Handler<C, R>; params: string[] } | { kind: "wrong-method" } | { kind: "none" };

/** Regex routes: capture groups become `params`, in order. */
export class Router<C, R = Promise<void> | void> {
  private readonly routes: { method: string; pattern: RegExp; handler: Handler<C, R> }[] = [];

  on(method: string, pattern: RegExp, handler: Handler<C, R>): this {
    this.routes.push({ method, pattern, handler });
    return this;
  }

  match(method: string, path: string): Match<C, R> {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (route.method === method)
        return { kind: "found", handler: route.handler, params: m.slice(1).map((p) => p ?? "") };
    }
    return pathMatched ? { kind: "wrong-method" } : { kind: "none" };
  }
}
