// GET /api/account/data – everything the app holds about the signed-in person, as one streamed JSON file
import { NextResponse } from "next/server";
import { tooManyRequests, whenDone, withUser } from "@/lib/http";
import { consumeLimit, releaseSlot, takeSlot } from "@/lib/limits";
import { personalDataStream } from "@/lib/privacy";

export const GET = withUser(async ({ user }) => {
  const limit = await consumeLimit("dataDownload", user.id);
  if (!limit.allowed) {
    return tooManyRequests(
      limit.retryAfterSeconds,
      "You downloaded your data several times just now. Try again later.",
      "text",
    );
  }
  // It reads the database for as long as it streams, as a CSV export does: they share the slots.
  const slot = await takeSlot("exportSlots", user.id);
  if (!slot.allowed) {
    return tooManyRequests(
      slot.retryAfterSeconds,
      "Two downloads are already running: wait for one to finish.",
      "text",
    );
  }
  const now = new Date();
  const body = whenDone(personalDataStream(user, now), () => releaseSlot("exportSlots", user.id));
  return new NextResponse(body, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="my-data-${now.toISOString().slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
