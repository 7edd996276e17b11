import { compareListOrder, type Key, type PageSource } from "../data/record-log";
import { JsonText } from "../http/respond";
import type { Fidelity } from "./fidelity";
import { apiErrors, type ApiResult } from "./result";

const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 1000;
const PAGING_PARAMS = new Set(["PageSize", "Page", "PageToken"]);

/** PA<key> continues after a record, PB<key> goes back before one; the key survives inserts. */
interface PageToken {
  direction: "after" | "before";
  key: Key;
}

export interface PageParams {
  pageSize: number;
  page: number;
  token: PageToken | null;
}

function encodeToken(direction: PageToken["direction"], key: Key): string {
  return `${direction === "after" ? "PA" : "PB"}${key.sid}${key.sec.toString(16)}`;
}

function decodeToken(token: string): PageToken | null {
  const m = /^(PA|PB)([A-Z]{2}[0-9a-f]{32})(-?[0-9a-f]{1,12})$/.exec(token);
  if (!m?.[1] || !m[2] || !m[3]) return null;
  return { direction: m[1] === "PA" ? "after" : "before", key: { sid: m[2], sec: parseInt(m[3], 16) } };
}

export function parsePageParams(query: URLSearchParams, fidelity: Fidelity): PageParams | ApiResult {
  const rawSize = query.get("PageSize");
  const pageSize = rawSize === null ? DEFAULT_PAGE_SIZE : Number(rawSize);
  if (!Number.isInteger(pageSize) || pageSize < 1) return apiErrors.invalidParameter("PageSize", rawSize ?? "");
  if (pageSize > MAX_PAGE_SIZE) return apiErrors.pageSizeTooLarge();
  const rawPage = query.get("Page");
  const page = rawPage === null ? 0 : Number(rawPage);
  if (!Number.isInteger(page) || page < 0) return apiErrors.invalidParameter("Page", rawPage ?? "");
  const rawToken = query.get("PageToken");
  const token = rawToken === null ? null : decodeToken(rawToken);
  if (rawToken !== null && !token) return apiErrors.invalidParameter("PageToken", rawToken);
  // Twilio positions pages by their token only; a page number alone is refused.
  if (page > 0 && rawToken === null && fidelity.pageWithoutToken === "reject") return apiErrors.pageTokenRequired();
  return { pageSize, page, token };
}

/** A small in-memory list (accounts) paged like the generated ones. */
export function arraySource<T>(items: readonly T[], keyOf: (item: T) => Key): PageSource<T> {
  const sorted = [...items].sort((a, b) => compareListOrder(keyOf(a), keyOf(b)));
  return {
    keyOf,
    forward: (after) => sorted.filter((item) => !after || compareListOrder(keyOf(item), after) > 0),
    backward: (before) => sorted.filter((item) => !before || compareListOrder(keyOf(item), before) < 0).reverse(),
  };
}

/** One page in list order; Page is only client state, as Twilio documents: the token positions. */
export function takePage<T>(source: PageSource<T>, params: PageParams): { items: T[]; hasNext: boolean } {
  const before = params.token?.direction === "before";
  const walk = before ? source.backward(params.token?.key ?? null) : source.forward(params.token?.key ?? null);
  const items: T[] = [];
  let hasMore = false;
  for (const item of walk) {
    if (items.length === params.pageSize) {
      hasMore = true;
      break;
    }
    items.push(item);
  }
  // Walking back from a token always leaves the record the token named after this page.
  return before ? { items: items.reverse(), hasNext: true } : { items, hasNext: hasMore };
}

/** A list page whose records are JSON text already (see JsonText). */
export function listEnvelope<T>(
  name: string,
  path: string,
  query: URLSearchParams,
  params: PageParams,
  page: { records: string[]; first: T | undefined; last: T | undefined; keyOf: (item: T) => Key; hasNext: boolean },
): JsonText {
  const filters = [...query].filter(([key]) => !PAGING_PARAMS.has(key));
  const uri = (pageNumber: number, token?: string) => {
    const search = new URLSearchParams([
      ...filters,
      ["PageSize", String(params.pageSize)],
      ["Page", String(pageNumber)],
    ]);
    if (token) search.append("PageToken", token);
    return `${path}?${search.toString()}`;
  };
  const start = params.page * params.pageSize;
  const { first, last } = page;
  const meta = {
    end: page.records.length > 0 ? start + page.records.length - 1 : start,
    first_page_uri: uri(0),
    next_page_uri:
      page.hasNext && last !== undefined ? uri(params.page + 1, encodeToken("after", page.keyOf(last))) : null,
    page: params.page,
    page_size: params.pageSize,
    previous_page_uri:
      params.page > 0 && first !== undefined ? uri(params.page - 1, encodeToken("before", page.keyOf(first))) : null,
    start,
    uri: uri(params.page, query.get("PageToken") ?? undefined),
  };
  // The records come first, as in Twilio's envelope; `meta` is never empty, so it opens with "{".
  return new JsonText(`{${JSON.stringify(name)}:[${page.records.join(",")}],${JSON.stringify(meta).slice(1)}`);
}
