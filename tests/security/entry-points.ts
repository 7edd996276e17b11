import { NextRequest } from "next/server";
import { renderedText } from "./arbitraries";
import { APP } from "./two-workspaces";

// Every way in that takes an id, called as Next.js would call it, with what each answered: a
// response, the not-found page, a redirect, or what a page rendered or an action returned. The
// test file fakes the session, `after()`, headers and cookies before any of this is loaded.

export type Outcome =
  | { kind: "answered"; status: number; body: string; location: string }
  | { kind: "not-found" }
  | { kind: "redirected"; to: string }
  | { kind: "done"; text: string };

type RouteContext = { params: Promise<unknown> };
type Handler = (request: NextRequest, context: RouteContext) => Promise<Response>;
type Page = (props: { params: Promise<unknown>; searchParams: Promise<unknown> }) => Promise<unknown>;
type Action = (formData: FormData) => Promise<unknown>;

const handlers = async (path: string) => (await import(path)) as Record<"GET" | "POST" | "DELETE", Handler>;
const sync = await handlers("@/app/api/connections/[id]/sync/route");
const connection = await handlers("@/app/api/connections/[id]/route");
const recent = await handlers("@/app/api/calls/recent/route");
const exportCsv = await handlers("@/app/api/calls/export/route");
const exportMessages = await handlers("@/app/api/messages/export/route");
const connect = await handlers("@/app/twilio/connect/route");

const page = async (path: string) => ((await import(path)) as { default: Page }).default;
const PAGES = {
  dashboard: await page("@/app/(dashboard)/w/[workspace]/dashboard/page"),
  "dashboard/messages": await page("@/app/(dashboard)/w/[workspace]/dashboard/messages/page"),
  "dashboard/spend": await page("@/app/(dashboard)/w/[workspace]/dashboard/spend/page"),
  calls: await page("@/app/(dashboard)/w/[workspace]/calls/page"),
  "calls/[sid]": await page("@/app/(dashboard)/w/[workspace]/calls/[sid]/page"),
  messages: await page("@/app/(dashboard)/w/[workspace]/messages/page"),
  "messages/[sid]": await page("@/app/(dashboard)/w/[workspace]/messages/[sid]/page"),
  connections: await page("@/app/(dashboard)/w/[workspace]/connections/page"),
  team: await page("@/app/(dashboard)/w/[workspace]/team/page"),
  activity: await page("@/app/(dashboard)/w/[workspace]/activity/page"),
  alerts: await page("@/app/(dashboard)/w/[workspace]/alerts/page"),
};
export type PageName = keyof typeof PAGES;
export const PAGE_NAMES = Object.keys(PAGES) as PageName[];
const invitationPage = await page("@/app/(dashboard)/invite/[token]/page");

const team = await import("@/app/(dashboard)/w/[workspace]/team/actions");
const { disconnectAction } = await import("@/app/(dashboard)/w/[workspace]/connections/actions");
const { acceptInvitationAction } = await import("@/app/(dashboard)/invite/[token]/actions");
const alerts = await import("@/app/(dashboard)/w/[workspace]/alerts/actions");
/** The new-rule form's fields besides the `notify:<userId>` checkboxes. */
export const RULE_FIELDS = [
  "connectionId",
  "accountSid",
  "kind",
  "abovePercent",
  "hours",
  "minCalls",
  "webhookUrl",
  "webhookSecret",
];
const { recheckAction } = await import("@/app/(dashboard)/w/[workspace]/dashboard/spend/actions");
/** Every server action inside a workspace, each with the form fields it reads besides `workspace`. */
export const ACTIONS = {
  disconnectAction: { run: disconnectAction as Action, fields: ["connectionId"] },
  changeRoleAction: { run: team.changeRoleAction as Action, fields: ["userId", "role"] },
  removeMemberAction: { run: team.removeMemberAction as Action, fields: ["userId"] },
  revokeInvitationAction: { run: team.revokeInvitationAction as Action, fields: ["invitationId"] },
  inviteAction: { run: (form: FormData) => team.inviteAction({}, form), fields: ["email", "role"] },
  renameWorkspaceAction: { run: team.renameWorkspaceAction as Action, fields: ["name"] },
  deleteWorkspaceAction: { run: team.deleteWorkspaceAction as Action, fields: ["confirm"] },
  leaveAction: { run: team.leaveAction as Action, fields: [] },
  createAlertRuleAction: { run: (form: FormData) => alerts.createAlertRuleAction({}, form), fields: RULE_FIELDS },
  updateAlertRuleAction: {
    run: (form: FormData) => alerts.updateAlertRuleAction({}, form),
    fields: ["ruleId", "accountSid", "number", "abovePercent", "hours", "minCalls", "webhookUrl", "webhookSecret"],
  },
  setAlertRuleEnabledAction: { run: alerts.setAlertRuleEnabledAction as Action, fields: ["ruleId", "enabled"] },
  deleteAlertRuleAction: { run: alerts.deleteAlertRuleAction as Action, fields: ["ruleId"] },
  saveDigestSettingsAction: {
    run: alerts.saveDigestSettingsAction as Action,
    fields: ["enabled", "kind", "timeZone"],
  },
  recheckAction: { run: (form: FormData) => recheckAction({}, form), fields: ["connection"] },
} satisfies Record<string, { run: Action; fields: string[] }>;
export type ActionName = keyof typeof ACTIONS;
export const ACTION_NAMES = Object.keys(ACTIONS) as ActionName[];

/** How Next.js tells a page or action's answer apart: notFound() and redirect() throw with a digest. */
export async function outcomeOf(run: () => Promise<unknown>): Promise<Outcome> {
  try {
    const value = await run();
    return { kind: "done", text: typeof value === "string" ? value : (JSON.stringify(value) ?? "") };
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;404")) return { kind: "not-found" };
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT;"))
      return { kind: "redirected", to: digest.split(";")[2] ?? "" };
    throw error;
  }
}

async function answered(pending: Promise<Response>): Promise<Outcome> {
  const response = await pending;
  // The whole body, streamed CSV included: what it holds is part of the answer.
  const body = await response.text();
  return { kind: "answered", status: response.status, body, location: response.headers.get("location") ?? "" };
}

const SAME_ORIGIN = { origin: APP, "sec-fetch-site": "same-origin", host: "localhost:3000" };
const request = (path: string, method = "GET") =>
  new NextRequest(`${APP}${path}`, { method, headers: method === "GET" ? { host: "localhost:3000" } : SAME_ORIGIN });
const byId = (id: string) => ({ params: Promise.resolve({ id }) });
const none = { params: Promise.resolve({}) };
const query = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

/** Every route handler that takes a connection id, in the path or as `?connection=`. */
export const ROUTES_BY_ID = {
  "GET /api/connections/[id]/sync": (id: string) => answered(sync.GET(request("/api/connections/id/sync"), byId(id))),
  "POST /api/connections/[id]/sync": (id: string) =>
    answered(sync.POST(request("/api/connections/id/sync", "POST"), byId(id))),
  "DELETE /api/connections/[id]": (id: string) =>
    answered(connection.DELETE(request("/api/connections/id", "DELETE"), byId(id))),
  "GET /api/calls/recent": (id: string) =>
    answered(recent.GET(request(`/api/calls/recent?${query({ connection: id })}`), none)),
  "GET /api/calls/export": (id: string) =>
    answered(exportCsv.GET(request(`/api/calls/export?${query({ connection: id })}`), none)),
  "GET /api/messages/export": (id: string) =>
    answered(exportMessages.GET(request(`/api/messages/export?${query({ connection: id })}`), none)),
} satisfies Record<string, (id: string) => Promise<Outcome>>;
export type RouteName = keyof typeof ROUTES_BY_ID;
export const ROUTE_NAMES = Object.keys(ROUTES_BY_ID) as RouteName[];

/** The Connect button's target for a workspace: a refusal is a page, so it redirects with the reason. */
export const startConnect = (workspace: string) =>
  answered(connect.GET(request(`/twilio/connect?${query({ workspace })}`), none));

/** A page under /w/[workspace], rendered as the server would, with everything it hands the browser. */
export function openPage(
  name: PageName,
  workspace: string,
  { sid = "", search = {} }: { sid?: string; search?: Record<string, string> } = {},
): Promise<Outcome> {
  const props = { params: Promise.resolve({ workspace, sid }), searchParams: Promise.resolve(search) };
  return outcomeOf(() => renderedText(PAGES[name](props) as Promise<never>));
}

export const openInvitation = (token: string) =>
  outcomeOf(() => renderedText(invitationPage({ params: Promise.resolve({ token }) } as never) as Promise<never>));

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}

/** A workspace's server action, posted with `workspace` and the given fields. */
export const submit = (name: ActionName, workspace: string, fields: Record<string, string> = {}) =>
  outcomeOf(() => ACTIONS[name].run(formOf({ workspace, ...fields })));

export const acceptInvitation = (token: string) => outcomeOf(() => acceptInvitationAction(formOf({ token })));
