// GET /api/calls/recent?connection=…&account=… – the newest calls and how many are live, for the overview's Live panel
import { NextResponse } from "next/server";
import { getRecentCalls } from "@/lib/analytics";
import { accountSidSchema } from "@/lib/domain";
import { connectionQuerySchema, connectionRoute } from "@/lib/http";
import type { RecentCallsResponse } from "@/lib/swr";

const querySchema = connectionQuerySchema.extend({ account: accountSidSchema.optional() });

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
