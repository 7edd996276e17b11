import "server-only";
import type { NextResponse } from "next/server";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth";
import { connectionIdSchema, type ConnectionSummary } from "@/lib/connections";
import { loggedPath, logger } from "@/lib/log";
import { parseParams } from "@/lib/web";
import type { Permission } from "@/lib/workspaces";
import { accessConnection, type WorkspaceAccess } from "./access";
import { jsonError } from "./responses";
import { withUser } from "./with-user";

/** 403 for a member whose role does not allow this (a non-member gets a 404: nothing to see). */
export function notPermitted(role: string): NextResponse {
  return jsonError(403, "forbidden", `Your role in this workspace (${role}) does not allow this.`);
}

/**
 * A handler for /api/connections/[id]/…: the connection in the path, with the same answers as
 * connectionRoute (401, 404 for non-members, 403 when the role lacks `permission`).
 */
export function connectionByIdRoute(
  permission: Permission,
  handler: (context: {
    request: Request;
    user: CurrentUser;
    connection: ConnectionSummary;
    access: WorkspaceAccess;
  }) => Promise<NextResponse>,
) {
  return withUser<{ id: string }>(async ({ request, user, params }) => {
    const found = await accessConnection(user, params.id);
    if (!found) return jsonError(404, "not_found", "No such connection.");
    if (!found.access.permissions[permission]) return notPermitted(found.access.role);
    return handler({ request, user, ...found });
  });
}

/** The part every connection route's query string shares; extend it with the route's own fields. */
export const connectionQuerySchema = z.object({ connection: connectionIdSchema });

export type ConnectionRouteContext<Input> = {
  request: Request;
  user: CurrentUser;
  connection: ConnectionSummary;
  access: WorkspaceAccess;
  input: Input;
  params: URLSearchParams;
};

/**
 * A GET handler over a connection named by `?connection=`: 401 without a session (withUser), 400
 * when the query string fails `schema` or repeats a name, 404 unless the person is a member of
 * the connection's workspace, 403 when their role lacks `permission`, and the one JSON error
 * shape for anything that throws.
 */
export function connectionRoute<Schema extends z.ZodType<{ connection: string }>>(
  schema: Schema,
  handler: (context: ConnectionRouteContext<z.output<Schema>>) => Promise<NextResponse>,
  permission: Permission = "view",
) {
  return withUser(async ({ request, user }) => {
    const params = new URL(request.url).searchParams;
    const parsed = parseParams(schema, params);
    if (!parsed.success) return jsonError(400, "invalid_query", parsed.message);
    const found = await accessConnection(user, parsed.data.connection);
    if (!found) return jsonError(404, "not_found", "No such connection.");
    if (!found.access.permissions[permission]) return notPermitted(found.access.role);
    try {
      return await handler({ request, user, ...found, input: parsed.data, params });
    } catch (error) {
      logger().error(
        { err: error, method: request.method, path: loggedPath(new URL(request.url).pathname) },
        "connection route failed",
      );
      return jsonError(500, "internal", "Something went wrong. Try again.");
    }
  });
}
