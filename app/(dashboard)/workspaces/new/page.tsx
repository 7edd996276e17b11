import type { Metadata } from "next";
import { z } from "zod";
import { buttonClass } from "@/components/ui/button-styles";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { requireUser } from "@/lib/auth";
import type { SearchParamsRecord } from "@/lib/filters";
import { noticeParam, readPageParams } from "@/lib/web";
import { createWorkspaceAction } from "./actions";

export const metadata: Metadata = { title: "New workspace" };

const ERRORS = {
  "invalid-name": "A workspace name is 1 to 60 characters.",
  "too-many": "Many workspaces were created just now. Try again in a while.",
} as const;

const pageParams = z.object({ error: noticeParam(ERRORS) });

type Props = { searchParams: Promise<SearchParamsRecord> };

/** A workspace for a team: its own connections, members and audit trail, with the creator as owner. */
export default async function NewWorkspacePage({ searchParams }: Props) {
  await requireUser("/workspaces/new");
  const { error } = readPageParams(pageParams, await searchParams).data;
  return (
    <Card className="mx-auto max-w-lg space-y-4">
      <h1 className="text-xl font-semibold">New workspace</h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        A workspace holds Twilio connections and the people who may see them. You will be its owner, and can invite
        colleagues from its Team page.
      </p>
      {error ? <Notice tone="error">{ERRORS[error]}</Notice> : null}
      <form action={createWorkspaceAction} className="space-y-4">
        <Field label="Name" name="name" placeholder="Support team" maxLength={60} required />
        <button type="submit" className={buttonClass("primary")}>
          Create workspace
        </button>
      </form>
    </Card>
  );
}
