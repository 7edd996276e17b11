import type { ServerResponse } from "node:http";
import type { z } from "zod";
import { faultOverridesSchema } from "../api/faults";
import { readJson, sendJson } from "../http/respond";
import { isoSeconds } from "../lib/twilio-time";
import { Router, type RouteContext } from "../http/router";
import { approve } from "../store/connect";
import { revokeAndNotify } from "../store/deauthorize";
import { addExplicitCalls, addRecentCalls, updateCall } from "../store/runtime-calls";
import { addExplicitMessages } from "../store/runtime-messages";
import type { SimStore } from "../store/sim-store";
import type { SimAccount } from "../store/types";
import { callToWire } from "../wire/call-wire";
import { messageToWire } from "../wire/message-wire";
import {
  accountSpecSchema,
  accountUpdateSchema,
  addCallsSchema,
  addMessagesSchema,
  authorizeSchema,
  clockSchema,
  createUserSchema,
  fidelityInput,
  updateCallSchema,
} from "./schemas";
import type { AuthorizeResult, ControlErrorBody, RevokeResult } from "./types";
import { accountView, authorizationView, deliveryView, stateView, userView } from "./views";

export interface ControlContext extends RouteContext {
  store: SimStore;
}

/** Thrown inside control handlers; answered as `{ error: { code, message } }`. */
export class ControlError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function sendControlError(res: ServerResponse, error: ControlError): void {
  const body: ControlErrorBody = { error: { code: error.code, message: error.message } };
  sendJson(res, error.status, body);
}

async function body<S extends z.ZodType>(ctx: ControlContext, schema: S): Promise<z.output<S>> {
  const parsed = schema.safeParse(await readJson(ctx.req));
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => `${i.path.map(String).join(".") || "body"}: ${i.message}`);
  throw new ControlError(400, "invalid_body", issues.join("; "));
}

function account(ctx: ControlContext): SimAccount {
  const found = ctx.store.accounts.get(ctx.params[0] ?? "");
  if (!found) throw new ControlError(404, "not_found", `No account ${ctx.params[0] ?? ""}`);
  return found;
}

const ACCOUNT = "(AC[0-9a-fA-F]{32})";
const ok = (ctx: ControlContext, value: unknown, status = 200) => sendJson(ctx.res, status, value);

export const controlRouter = new Router<ControlContext>()
  .on("POST", /^\/_sim\/reset$/, (ctx) => {
    ctx.store.reset();
    ok(ctx, stateView(ctx.store));
  })
  .on("GET", /^\/_sim\/state$/, (ctx) => ok(ctx, stateView(ctx.store)))
  .on("POST", /^\/_sim\/users$/, async (ctx) => {
    const spec = await body(ctx, createUserSchema);
    ok(ctx, userView(ctx.store, ctx.store.createUser(spec)), 201);
  })
  .on("POST", new RegExp(`^/_sim/accounts/${ACCOUNT}/calls$`), async (ctx) => {
    const target = account(ctx);
    const input = await body(ctx, addCallsSchema);
    const now = ctx.store.nowSec();
    if ("calls" in input && input.calls.some((c) => c.startTime && c.startTime.getTime() / 1000 > now)) {
      throw new ControlError(400, "invalid_body", "calls[].startTime must not be in the future");
    }
    const calls =
      "calls" in input
        ? addExplicitCalls(ctx.store, target, input.calls)
        : addRecentCalls(ctx.store, target, input.count, input.spreadSeconds);
    ok(ctx, { calls: calls.map((c) => callToWire(c, now, ctx.store.fidelity)) }, 201);
  })
  .on("POST", new RegExp(`^/_sim/accounts/${ACCOUNT}/calls/(CA[0-9a-fA-F]{32})$`), async (ctx) => {
    const target = account(ctx);
    const call = updateCall(ctx.store, target, ctx.params[1] ?? "", await body(ctx, updateCallSchema));
    if (!call) throw new ControlError(404, "not_found", `No call ${ctx.params[1] ?? ""} in ${target.sid}`);
    ok(ctx, { call: callToWire(call, ctx.store.nowSec(), ctx.store.fidelity) });
  })
  .on("POST", new RegExp(`^/_sim/accounts/${ACCOUNT}/messages$`), async (ctx) => {
    const target = account(ctx);
    const { messages: specs } = await body(ctx, addMessagesSchema);
    const now = ctx.store.nowSec();
    if (specs.some((m) => m.createdAt && m.createdAt.getTime() / 1000 > now)) {
      throw new ControlError(400, "invalid_body", "messages[].createdAt must not be in the future");
    }
    const messages = addExplicitMessages(ctx.store, target, specs);
    ok(ctx, { messages: messages.map((m) => messageToWire(m, now)) }, 201);
  })
  .on("POST", /^\/_sim\/users\/(US[0-9a-f]{32})\/subaccounts$/, async (ctx) => {
    const user = ctx.store.users.get(ctx.params[0] ?? "");
    if (!user) throw new ControlError(404, "not_found", `No user ${ctx.params[0] ?? ""}`);
    ok(ctx, { account: accountView(ctx.store.addSubaccount(user, await body(ctx, accountSpecSchema))) }, 201);
  })
  .on("POST", new RegExp(`^/_sim/accounts/${ACCOUNT}$`), async (ctx) => {
    const target = account(ctx);
    target.status = (await body(ctx, accountUpdateSchema)).status;
    ok(ctx, { account: accountView(target) });
  })
  .on("PUT", /^\/_sim\/fidelity$/, async (ctx) => {
    ctx.store.fidelity = await body(ctx, fidelityInput);
    ok(ctx, { fidelity: ctx.store.fidelity });
  })
  .on("PUT", new RegExp(`^/_sim/accounts/${ACCOUNT}/faults$`), async (ctx) => {
    const target = account(ctx);
    ok(ctx, { faults: ctx.store.faults.set(target.sid, await body(ctx, faultOverridesSchema)) });
  })
  .on("POST", new RegExp(`^/_sim/authorizations/${ACCOUNT}/revoke$`), async (ctx) => {
    const result = await revokeAndNotify(ctx.store, ctx.params[0] ?? "");
    if (!result) throw new ControlError(404, "not_found", `No active authorization for ${ctx.params[0] ?? ""}`);
    const view: RevokeResult = {
      authorization: authorizationView(ctx.store, result.authorization),
      delivery: deliveryView(result.delivery),
    };
    ok(ctx, view);
  })
  .on("POST", /^\/_sim\/authorize$/, async (ctx) => {
    const input = await body(ctx, authorizeSchema);
    const user = input.userId ? ctx.store.users.get(input.userId) : ctx.store.userByEmail(input.email ?? "");
    if (!user) throw new ControlError(404, "not_found", `No user ${input.userId ?? input.email ?? ""}`);
    const { authorization, redirectUrl } = approve(ctx.store, user, input.state ?? null);
    const result: AuthorizeResult = { redirectUrl, accountSid: authorization.accountSid, userId: user.id };
    ok(ctx, result);
  })
  .on("POST", /^\/_sim\/clock$/, async (ctx) => {
    const { advanceSeconds } = await body(ctx, clockSchema);
    ctx.store.advanceClock(advanceSeconds);
    ok(ctx, { now: isoSeconds(ctx.store.nowSec()) });
  });
