import { createConnectState, linkTwilioAccount } from "@/lib/connections";
import { Prisma, type Database } from "@/lib/db";
import { saveDigestSettings } from "@/lib/digests";
import { consumeLimit } from "@/lib/limits";
import { syncConnection } from "@/lib/sync";
import type { TestSim } from "@/sim/tests/helpers";
import { actorOf, createWorkspace } from "@/lib/workspaces";

/**
 * A person with rows in every table a person can have rows in: sign-in account, session,
 * magic-link token, a workspace holding a Twilio account imported for real from the simulator
 * (calls, messages, their rollups, usage and completeness checks) and a queued import, an alert rule that fired and
 * mailed, a digest subscription and send, a Connect attempt and a rate-limit counter.
 */
export async function seedPerson(db: Database, sim: TestSim, name: string, email: string) {
  const user = await db.user.create({ data: { name, email }, select: { id: true, name: true, email: true } });
  await db.account.create({
    data: {
      userId: user.id,
      type: "oauth",
      provider: "github",
      providerAccountId: `gh-${user.id}`,
      access_token: `gho_secret_${user.id}`,
      refresh_token: `ghr_secret_${user.id}`,
      id_token: `idt_secret_${user.id}`,
    },
  });
  await db.session.create({
    data: { userId: user.id, sessionToken: `session-secret-${user.id}`, expires: new Date(Date.now() + 86_400_000) },
  });
  await db.verificationToken.create({
    data: { identifier: email, token: `magic-secret-${user.id}`, expires: new Date(Date.now() + 3_600_000) },
  });
  const workspaceId = await createWorkspace(user, `${name}'s team`);
  await sim.control.createUser({
    name,
    email,
    calls: 120,
    messages: 60,
    historyDays: 45,
    subaccounts: [{ friendlyName: "Support", calls: 10, messages: 5 }],
  });
  const connectSid = await sim.connect(email);
  const { connectionId } = await linkTwilioAccount({ workspaceId, actor: actorOf(user) }, connectSid);
  const outcome = await syncConnection(connectionId);
  if (outcome.status !== "done") throw new Error(`the import of ${email} ended ${outcome.status}`);
  await db.messageStaleMonth.create({ data: { connectionId, month: new Date("2020-01-01T00:00:00Z") } });
  // A Refresh now an import worker has not run yet (IMPORTS=worker).
  await db.importRequest.create({ data: { connectionId } });
  const rule = await db.alertRule.create({
    data: {
      workspaceId,
      connectionId,
      kind: "answer-rate",
      params: { belowPercent: 60, hours: 3, minCalls: 20 },
      createdById: user.id,
      emailUserIds: [user.id],
      webhookUrl: "https://hooks.example.com/services/T000/B000/secret-path",
      webhookSecret: `whsec-${user.id}-0123456789`,
    },
  });
  const firing = await db.alertFiring.create({
    data: { ruleId: rule.id, startedAt: new Date(), figures: {}, lastFigures: {}, lastNotifiedAt: new Date() },
  });
  await db.alertDelivery.create({
    data: { firingId: firing.id, event: "fired", channel: "email", target: email, payload: {} },
  });
  await saveDigestSettings(user.id, workspaceId, { enabled: "on", kind: "weekly", timeZone: "Europe/Berlin" });
  await db.digestSend.create({ data: { userId: user.id, workspaceId, kind: "weekly", periodFrom: "2026-01-05" } });
  await createConnectState(user.id, workspaceId);
  await consumeLimit("dataDownload", user.id);
  const calls = await db.call.findMany({ where: { connectionId }, select: { sid: true }, take: 1 });
  return { user, workspaceId, connectionId, connectSid, ruleId: rule.id, callSid: calls[0]?.sid ?? "" };
}

export type SeededPerson = Awaited<ReturnType<typeof seedPerson>>;

/** Every model of the schema (Prisma's own list: a table added later is not skipped) with its rows, in a stable order. */
export async function snapshot(db: Database): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const model of Object.values(Prisma.ModelName)) {
    const delegate = db[(model.charAt(0).toLowerCase() + model.slice(1)) as keyof Database] as unknown as {
      findMany(): Promise<unknown[]>;
    };
    const rows = await delegate.findMany();
    tables[model] = rows
      .map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === "bigint" ? String(value) : value)))
      .sort();
  }
  return tables;
}
