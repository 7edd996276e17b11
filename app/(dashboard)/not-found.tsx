import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { StatusPage } from "@/components/ui/status-page";

// A call, a workspace or another page of the signed-in area that does not exist, or that this
// person may not open (all answer the same, so nobody learns which ids exist).
export default function DashboardNotFound() {
  return (
    <StatusPage
      code="404"
      title="Not found"
      actions={
        <>
          <Link href="/calls" className={buttonClass("primary")}>
            Back to the call log
          </Link>
          <Link href="/dashboard" className={buttonClass("secondary")}>
            Overview
          </Link>
        </>
      }
    >
      <p>
        There is no such call, workspace or page that you can open. It may belong to a connection that was removed, to a
        workspace you are no longer a member of, or need a role you do not have there.
      </p>
    </StatusPage>
  );
}
