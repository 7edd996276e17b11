// GET /api/calls/recent?connection=…&account=… – the newest calls and how many are live, for the overview's Live panel
import { NextResponse } from "next/server";
import { z } from "zod";
import { getRecentCalls } from "@/lib/analytics";
import { connectionQuerySchema, connectionRoute } from "@/lib/http/connection-route";
import type { RecentCallsResponse } from "@/lib/swr/schemas";

const querySchema = connectionQuerySchema.extend({
  account: z
    .string()
    .regex(/^AC[0-9a-f]{32}$/)
    .optional(),
});

export const GET = connectionRoute(querySchema, async ({ connection, input }) => {
  const recent = await getRecentCalls(connection.id, input.account);
  const body: RecentCallsResponse = {
    inProgress: recent.inProgress,
    calls: recent.calls.map((call) => ({
      sid: call.sid,
      direction: call.direction,
      status: call.status,
      from: call.from,
      to: call.to,
      startTime: call.startTime.toISOString(),
      duration: call.duration,
    })),
  };
  return NextResponse.json(body, { headers: { "Cache-Control": "no-store" } });
});
