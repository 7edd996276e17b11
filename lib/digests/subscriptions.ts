import "server-only";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { timeZoneSchema } from "@/lib/filters";
import { digestKindSchema, type DigestKind } from "./periods";
import type { UnsubscribeClaim } from "./token";

/** The digest settings form: off, or a kind and an IANA zone (the one the dashboards use). */
export const digestSettingsSchema = z.discriminatedUnion("enabled", [
  z.object({ enabled: z.literal("off") }),
  z.object({
    enabled: z.literal("on"),
    kind: digestKindSchema,
    timeZone: timeZoneSchema,
  }),
]);
export type DigestSettings = z.infer<typeof digestSettingsSchema>;

/** One person's digest of one workspace, or null when they have not opted in. */
export async function findDigestSubscription(
  userId: string,
  workspaceId: string,
): Promise<{ kind: DigestKind; timeZone: string } | null> {
  const row = await getDb().digestSubscription.findUnique({
    where: { userId_workspaceId: { userId, workspaceId } },
    select: { kind: true, timeZone: true },
  });
  const kind = digestKindSchema.safeParse(row?.kind);
  return row && kind.success ? { kind: kind.data, timeZone: row.timeZone } : null;
}

/** Opts a member in (or changes kind and zone), or out. The caller has checked membership. */
export async function saveDigestSettings(userId: string, workspaceId: string, settings: DigestSettings) {
  const db = getDb();
  if (settings.enabled === "off") {
    await db.digestSubscription.deleteMany({ where: { userId, workspaceId } });
    return;
  }
  const { kind, timeZone } = settings;
  await db.digestSubscription.upsert({
    where: { userId_workspaceId: { userId, workspaceId } },
    create: { userId, workspaceId, kind, timeZone },
    update: { kind, timeZone },
  });
}

/**
 * What an unsubscribe link does: ends the subscription it names, if it is still of that kind.
 * False when there was none (already unsubscribed, or changed since the mail was sent).
 */
export async function unsubscribe(claim: UnsubscribeClaim): Promise<boolean> {
  const { count } = await getDb().digestSubscription.deleteMany({
    where: { userId: claim.userId, workspaceId: claim.workspaceId, kind: claim.kind },
  });
  return count > 0;
}
