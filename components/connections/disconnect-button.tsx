"use client";

import { useRef } from "react";
import { buttonClass } from "@/components/ui/button-styles";

type Props = {
  workspaceId: string;
  connectionId: string;
  name: string;
  action: (formData: FormData) => Promise<void>;
};

/** Disconnecting deletes imported data, so it asks first, in a real (keyboard-friendly) dialog. */
export function DisconnectButton({ workspaceId, connectionId, name, action }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button type="button" onClick={() => dialog.current?.showModal()} className={buttonClass("secondary")}>
        Disconnect
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`disconnect-title-${connectionId}`}
        className="m-auto max-w-md rounded-xl border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-950/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <h2 id={`disconnect-title-${connectionId}`} className="text-lg font-semibold">
          Disconnect {name}?
        </h2>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-300">
          This deletes the call data this app imported from the account. It does not revoke the app&apos;s access in
          Twilio: to do that, open the Twilio Console, go to Account → Connect apps → Authorized Connect Apps, and
          deauthorize it.
        </p>
        <form action={action} className="mt-6 flex justify-end gap-3">
          <input type="hidden" name="workspace" value={workspaceId} />
          <input type="hidden" name="connectionId" value={connectionId} />
          <button type="button" onClick={() => dialog.current?.close()} className={buttonClass("secondary")}>
            Cancel
          </button>
          <button type="submit" className={buttonClass("danger")}>
            Disconnect and delete data
          </button>
        </form>
      </dialog>
    </>
  );
}
