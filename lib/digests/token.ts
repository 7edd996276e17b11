import { createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "@/lib/env";
import { digestKindSchema, type DigestKind } from "./periods";

/** Who an unsubscribe link speaks for: one person, one workspace's digest, of one kind. */
export type UnsubscribeClaim = { userId: string; workspaceId: string; kind: DigestKind };

const claimSchema = z.tuple([z.string().min(1).max(40), z.string().min(1).max(40), digestKindSchema]);

// A separate purpose string, so no other HMAC of the app's secret (log cursors) is ever valid here.
const mac = (payload: string) =>
  createHmac("sha256", env().NEXTAUTH_SECRET).update(`digest-unsubscribe\n${payload}`).digest();

/**
 * The token in a digest's unsubscribe link: base64url of [user, workspace, kind], a dot and its
 * HMAC. It works without signing in, so it must name everything it acts on and nothing more.
 */
export function unsubscribeToken(claim: UnsubscribeClaim): string {
  const payload = Buffer.from(JSON.stringify([claim.userId, claim.workspaceId, claim.kind])).toString("base64url");
  return `${payload}.${mac(payload).toString("base64url")}`;
}

/** The claim a token carries, or null when it is malformed or its signature is not ours. */
export function readUnsubscribeToken(token: unknown): UnsubscribeClaim | null {
  if (typeof token !== "string" || token.length > 400) return null;
  const [payload = "", signature = "", ...rest] = token.split(".");
  const given = Buffer.from(signature, "base64url");
  const expected = mac(payload);
  if (rest.length > 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const parsed = claimSchema.safeParse(JSON.parse(Buffer.from(payload, "base64url").toString("utf8")));
    if (!parsed.success) return null;
    const [userId, workspaceId, kind] = parsed.data;
    return { userId, workspaceId, kind };
  } catch {
    return null;
  }
}
