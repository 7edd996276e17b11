import "server-only";
import type { NextResponse } from "next/server";
import { z } from "zod";
import type { CurrentUser } from "@/lib/auth";
import { connectionIdSchema, getConnection, type ConnectionSummary } from "@/lib/connections";
import { parseParams } from "@/lib/web";
import { jsonError } from "./responses";
import { withUser } from "./with-user";

/** The part every connection route's query string shares; extend it with the route's own fields. */
export const connectionQuerySchema = z.object({ connection: connectionIdSchema });

export type ConnectionRouteContext<Input> = {
  request: Request;
  user: CurrentUser;
  connection: ConnectionSummary;
  input: Input;
  params: URLSearchParams;
};

/**
 * A GET handler over one of the signed-in user's connections, named by `?connection=`: 401 without
 * a session (withUser), 400 when the query string fails `schema` or repeats a name, 404 when the connection is not
 * theirs, and the one JSON error shape for anything that throws.
 */
export function connectionRoute<Schema extends z.ZodType<{ connection: string }>>(
  schema: Schema,
  handler: (context: ConnectionRouteContext<z.output<Schema>>) => Promise<NextResponse>,
) {
  return withUser(async ({ request, user }) => {
    const params = new URL(request.url).searchParams;
    const parsed = parseParams(schema, params);
    if (!parsed.success) return jsonError(400, "invalid_query", parsed.message);
    const connection = await getConnection(user.id, parsed.data.connection);
    if (!connection) return jsonError(404, "not_found", "No such connection.");
    try {
      return await handler({ request, user, connection, input: parsed.data, params });
    } catch (error) {
      console.error(`${request.method} ${new URL(request.url).pathname} failed`, error);
      return jsonError(500, "internal", "Something went wrong. Try again.");
    }
  });
}
