// GET /api/health – liveness and database reachability, for load balancers and uptime checks
import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/db";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  return NextResponse.json(
    { ok: database, database: database ? "ok" : "unreachable" },
    { status: database ? 200 : 503 },
  );
}
