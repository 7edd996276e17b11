import type { Metadata } from "next";
import { z } from "zod";
import { buttonClass } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth";
import type { SearchParamsRecord } from "@/lib/filters";
import { deletionPreview } from "@/lib/privacy";
import { noticeParam, readPageParams } from "@/lib/web";
import { workspacesOf } from "@/lib/workspaces";
import { deleteAccountAction } from "./actions";

export const metadata: Metadata = { title: "Account and privacy" };

const ERRORS = {
  confirm: "That is not what the box asks for: nothing was deleted.",
  "too-many": "Several attempts just now. Wait a quarter of an hour, then try again.",
} as const;

const pageParams = z.object({ error: noticeParam(ERRORS) });

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

type Props = { searchParams: Promise<SearchParamsRecord> };

/** What the app holds about the signed-in person: download it, or delete the account with it. */
export default async function AccountPage({ searchParams }: Props) {
  const user = await requireUser("/account");
  const { error } = readPageParams(pageParams, await searchParams).data;
  const [doomed, all] = await Promise.all([deletionPreview(user.id), workspacesOf(user)]);
  const staying = all.filter((w) => !doomed.some((d) => d.id === w.id));
  const confirmation = user.email ?? "DELETE";
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Account and privacy</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Signed in as {user.name ?? user.email ?? "you"}
          {user.name && user.email ? ` (${user.email})` : ""}.
        </p>
      </div>
      {error ? <Notice tone="error">{ERRORS[error]}</Notice> : null}

      <Card className="space-y-3">
        <h2 className="text-lg font-semibold">Your data</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          One JSON file with everything this app holds about you: your profile, sign-in accounts (never their tokens),
          workspaces and roles, invitations you sent and received, the activity you did or that names you, your digest
          and alert settings, mail the app sent you, the Twilio connections you made, and every call and message
          imported into the workspaces only you own. Each call and message log also exports as CSV.
        </p>
        {/* No `download` attribute: Content-Disposition saves the file, and a refusal (a 429) shows its message. */}
        <a href="/api/account/data" className={buttonClass("secondary")}>
          Download my data
        </a>
      </Card>

      <Card className="space-y-4">
        <h2 className="text-lg font-semibold">Delete your account</h2>
        <div className="space-y-2 text-sm text-slate-700 dark:text-slate-300">
          <p>This cannot be undone. It deletes you, your sign-ins and sessions, your settings and mail, and:</p>
          {doomed.length > 0 ? (
            <ul className="list-disc space-y-1 pl-5" data-testid="workspaces-deleted">
              {doomed.map((w) => (
                <li key={w.id}>
                  <span className="font-medium">{w.name}</span>, which only you own, with its{" "}
                  {plural(w.connections, "Twilio connection")} and everything imported through them
                  {w.otherMembers > 0 ? `; its ${plural(w.otherMembers, "other member")} lose access` : ""}
                </li>
              ))}
            </ul>
          ) : (
            <p>no workspace: each one you belong to has another owner.</p>
          )}
          {staying.length > 0 ? (
            <p>
              You leave {staying.map((w) => w.name).join(", ")}, which stay with their other owners. What you did there
              stays in their activity under your name, no longer linked to an account.
            </p>
          ) : null}
          <p>
            Your Twilio accounts are not touched: revoke the app&apos;s access in Twilio&apos;s console if you wish.
          </p>
        </div>
        <form action={deleteAccountAction} className="space-y-4">
          <Field
            label={`Type ${confirmation} to confirm`}
            name="confirm"
            autoComplete="off"
            spellCheck={false}
            maxLength={320}
            required
          />
          <button type="submit" className={buttonClass("danger")}>
            Delete my account
          </button>
        </form>
      </Card>
    </div>
  );
}
