// DELETE /api/connections/:id – disconnect: delete the connection and everything imported through it
import { NextResponse } from "next/server";
import { disconnectConnection } from "@/lib/connections";
import { connectionByIdRoute, jsonError } from "@/lib/http";
import { actorOf } from "@/lib/workspaces";

// The Connections page's Disconnect button does the same through a server action; this is its API.
export const DELETE = connectionByIdRoute("disconnect", async ({ user, access, connection }) => {
  const removed = await disconnectConnection(access.id, connection.id, actorOf(user));
  if (!removed) return jsonError(404, "not_found", "No such connection.");
  return NextResponse.json({ disconnected: connection.id });
});
