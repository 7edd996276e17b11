import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { getDb } from "@/lib/db";

/** Long enough to read Twilio's authorize page, short enough that a leaked link goes stale. */
export const CONNECT_STATE_TTL_MS = 15 * 60 * 1000;

export type StateCheck = "ok" | "missing" | "unknown" | "expired" | "used" | "other-user";

function hash(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** States a user may have open at once (Connect pages in other tabs); starting another drops the oldest. */
export const MAX_PENDING_STATES = 5;

/** A fresh single-use `state` for the Connect redirect, bound to this user and the workspace they clicked it in. */
export async function createConnectState(userId: string, workspaceId: string, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const db = getDb();
  await db.connectState.deleteMany({ where: { userId, expiresAt: { lt: now } } });
  await db.connectState.create({
    data: { tokenHash: hash(token), userId, workspaceId, expiresAt: new Date(now.getTime() + CONNECT_STATE_TTL_MS) },
  });
  // However often someone clicks Connect, their pending states stay bounded.
  const keep = await db.connectState.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { expiresAt: "desc" }],
    take: MAX_PENDING_STATES,
    select: { tokenHash: true },
  });
  await db.connectState.deleteMany({ where: { userId, tokenHash: { notIn: keep.map((row) => row.tokenHash) } } });
  return token;
}

/**
 * Spends a `state`: succeeds once, for its own user, before it expires, and names the workspace
 * Connect was clicked in. The spend is one conditional update, so two racing callbacks cannot
 * both succeed.
 */
export async function consumeConnectState(
  token: string | undefined,
  userId: string,
  now = new Date(),
): Promise<{ check: StateCheck; workspaceId?: string }> {
  if (!token) return { check: "missing" };
  const db = getDb();
  const tokenHash = hash(token);
  const spent = await db.connectState.updateMany({
    where: { tokenHash, userId, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  const found = await db.connectState.findUnique({ where: { tokenHash } });
  if (spent.count === 1 && found) return { check: "ok", workspaceId: found.workspaceId };
  if (!found) return { check: "unknown" };
  if (found.userId !== userId) return { check: "other-user" };
  if (found.usedAt) return { check: "used" };
  return { check: "expired" };
}
