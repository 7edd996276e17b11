import type { CallRecord } from "../data/call-record";
import type { MessageRecord } from "../data/message-record";
import type { PageSource } from "../data/record-log";
import { JsonText } from "../http/respond";
import { Router } from "../http/router";
import type { SimStore } from "../store/sim-store";
import type { SimAccount } from "../store/types";
import { accountToWire } from "../wire/account-wire";
import { callJson } from "../wire/call-wire";
import { messageJson } from "../wire/message-wire";
import { usageRecordToWire } from "../wire/usage-wire";
import type { Grant } from "./auth";
import { hiddenCallSids } from "./hidden-calls";
import { callQuery, messageQuery } from "./list-filters";
import { arraySource, listEnvelope, parsePageParams, takePage } from "./paging";
import { apiErrors, isApiResult, type ApiResult } from "./result";
import { usageSource } from "./usage-list";
import { usageQuery, type UsagePeriod } from "./usage-query";

export interface ApiContext {
  store: SimStore;
  grant: Grant;
  url: URL;
  params: string[];
  nowSec: number;
}

const ACCOUNT = "(AC[0-9a-fA-F]{32})";
const BASE = "^/2010-04-01/Accounts";

function visibleAccount(ctx: ApiContext): SimAccount | ApiResult {
  const sid = ctx.params[0] ?? "";
  const account = ctx.store.accounts.get(sid);
  return account && ctx.grant.visible.has(sid) ? account : apiErrors.notFound(ctx.url.pathname);
}

/** `toJson` gives one record's JSON text: pages and fetches are built from such fragments. */
function listPage<T>(ctx: ApiContext, name: string, source: PageSource<T>, toJson: (item: T) => string): ApiResult {
  const params = parsePageParams(ctx.url.searchParams, ctx.store.fidelity);
  if (isApiResult(params)) return params;
  const { items, hasNext } = takePage(source, params);
  const body = listEnvelope(name, ctx.url.pathname, ctx.url.searchParams, params, {
    records: items.map(toJson),
    first: items[0],
    last: items[items.length - 1],
    keyOf: source.keyOf,
    hasNext,
  });
  return { status: 200, body, items: items.length };
}

function listRecords<T extends { sid: string }>(
  ctx: ApiContext,
  name: "calls" | "messages",
  query: (account: SimAccount) => { source: PageSource<T>; toJson: (item: T) => string } | ApiResult,
): ApiResult {
  const account = visibleAccount(ctx);
  if (isApiResult(account)) return account;
  const built = query(account);
  return isApiResult(built) ? built : listPage(ctx, name, built.source, built.toJson);
}

function fetchRecord<T>(
  ctx: ApiContext,
  find: (account: SimAccount, sid: string) => T | null,
  toJson: (item: T) => string,
): ApiResult {
  const account = visibleAccount(ctx);
  if (isApiResult(account)) return account;
  const record = find(account, ctx.params[1] ?? "");
  return record === null ? apiErrors.notFound(ctx.url.pathname) : { status: 200, body: new JsonText(toJson(record)) };
}

function listUsage(ctx: ApiContext, period: UsagePeriod): ApiResult {
  const account = visibleAccount(ctx);
  if (isApiResult(account)) return account;
  const query = usageQuery(ctx.url.searchParams, period, ctx.nowSec);
  if (isApiResult(query)) return query;
  const list = period === "daily" ? "Daily" : "Monthly";
  const source = usageSource(ctx.store, account, query, ctx.nowSec);
  return listPage(ctx, "usage_records", source, (item) =>
    JSON.stringify(usageRecordToWire(account.sid, list, item, ctx.nowSec)),
  );
}

export const apiRouter = new Router<ApiContext, ApiResult>()
  .on("GET", new RegExp(`${BASE}\\.json$`), (ctx) => {
    const q = ctx.url.searchParams;
    // Twilio lists "accounts belonging to the account used to make the request": a subaccount
    // lists itself, a main account itself and its subaccounts.
    const principal = ctx.grant.principalSid;
    const belongs = (a: SimAccount) =>
      ctx.store.fidelity.accountsList === "tree" || a.sid === principal || a.ownerAccountSid === principal;
    const accounts = [...ctx.grant.visible]
      .map((sid) => ctx.store.accounts.get(sid))
      .filter((a): a is SimAccount => a !== undefined && belongs(a))
      .filter(
        (a) =>
          (q.get("FriendlyName") ?? a.friendlyName) === a.friendlyName && (q.get("Status") ?? a.status) === a.status,
      );
    const source = arraySource(accounts, (a) => ({ sec: a.createdSec, sid: a.sid }));
    return listPage(ctx, "accounts", source, (a) => JSON.stringify(accountToWire(a, !ctx.grant.viaConnect)));
  })
  .on("GET", new RegExp(`${BASE}/${ACCOUNT}\\.json$`), (ctx) => {
    const account = visibleAccount(ctx);
    return isApiResult(account) ? account : { status: 200, body: accountToWire(account, !ctx.grant.viaConnect) };
  })
  .on("GET", new RegExp(`${BASE}/${ACCOUNT}/Calls\\.json$`), (ctx) =>
    listRecords<CallRecord>(ctx, "calls", (account) => {
      const query = callQuery(ctx.url.searchParams, ctx.nowSec, ctx.store.fidelity);
      if (isApiResult(query)) return query;
      const hidden = hiddenCallSids(ctx.store, account, ctx.nowSec);
      return {
        source: account.calls.source(query.range, (call) => !hidden.has(call.sid) && query.keep(call)),
        toJson: (c) => callJson(c, ctx.nowSec, ctx.store.fidelity),
      };
    }),
  )
  .on("GET", new RegExp(`${BASE}/${ACCOUNT}/Calls/(CA[0-9a-fA-F]{32})\\.json$`), (ctx) =>
    fetchRecord(
      ctx,
      (account, sid) => (hiddenCallSids(ctx.store, account, ctx.nowSec).has(sid) ? null : account.calls.get(sid)),
      (c) => callJson(c, ctx.nowSec, ctx.store.fidelity),
    ),
  )
  .on("GET", new RegExp(`${BASE}/${ACCOUNT}/Messages\\.json$`), (ctx) =>
    listRecords<MessageRecord>(ctx, "messages", (account) => {
      const query = messageQuery(ctx.url.searchParams, ctx.nowSec);
      if (isApiResult(query)) return query;
      return {
        source: account.messages.source(query.range, query.keep),
        toJson: (m) => messageJson(m, ctx.nowSec),
      };
    }),
  )
  .on("GET", new RegExp(`${BASE}/${ACCOUNT}/Messages/((?:SM|MM)[0-9a-fA-F]{32})\\.json$`), (ctx) =>
    fetchRecord(
      ctx,
      (account, sid) => account.messages.get(sid),
      (m) => messageJson(m, ctx.nowSec),
    ),
  )
  .on("GET", new RegExp(`${BASE}/${ACCOUNT}/Usage/Records/Daily\\.json$`), (ctx) => listUsage(ctx, "daily"))
  .on("GET", new RegExp(`${BASE}/${ACCOUNT}/Usage/Records/Monthly\\.json$`), (ctx) => listUsage(ctx, "monthly"));
