import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { buttonClass } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth";
import { invitationTokenSchema, readInvitation, ROLE_LABELS } from "@/lib/workspaces";
import { acceptInvitationAction } from "./actions";

export const metadata: Metadata = { title: "Invitation" };

type Props = { params: Promise<{ token: string }> };

const UNUSABLE = {
  used: "This invitation was already accepted. Each link works once.",
  revoked: "This invitation was revoked. Ask the person who invited you for a new one.",
  expired: "This invitation has expired. Ask the person who invited you for a new one.",
} as const;

/** An invitation link: who invites you where, and, signed in with the invited address, a button to join. */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  const valid = invitationTokenSchema.safeParse(token).success;
  const user = await requireUser(valid ? `/invite/${token}` : "/dashboard");
  const invitation = valid ? await readInvitation(token) : null;
  const title = "Invitation";

  if (!invitation)
    return <Message title={title} text="This link is not a valid invitation. Check that it was copied whole." />;
  if (invitation.state !== "pending") return <Message title={title} text={UNUSABLE[invitation.state]} />;
  if (invitation.email !== user.email?.toLowerCase()) {
    return (
      <Card className="mx-auto max-w-lg space-y-4 text-center">
        <h1 className="text-xl font-semibold">This invitation is for someone else</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          It was sent to <strong>{invitation.email}</strong>, and you are signed in as <strong>{user.email}</strong>.
          Sign out, then open the link again and sign in with {invitation.email}.
        </p>
        <SignOutButton className={buttonClass("secondary")} callbackUrl={`/invite/${token}`} />
      </Card>
    );
  }
  return (
    <Card className="mx-auto max-w-lg space-y-4 text-center">
      <h1 className="text-xl font-semibold">Join {invitation.workspace.name}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {invitation.invitedBy} invited you as {ROLE_LABELS[invitation.role].toLowerCase()}: you will see the Twilio
        accounts connected there, their dashboards and call logs.
      </p>
      <form action={acceptInvitationAction}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className={buttonClass("primary")}>
          Accept and join
        </button>
      </form>
    </Card>
  );
}

function Message({ title, text }: { title: string; text: string }) {
  return (
    <Card className="mx-auto max-w-lg space-y-4 text-center">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">{text}</p>
      <Link href="/dashboard" className="text-sm underline">
        Go to your dashboard
      </Link>
    </Card>
  );
}
