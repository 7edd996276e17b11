import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { StatusPage } from "@/components/ui/status-page";

// A call, or another page of the signed-in area, that does not exist or is not this person's
// (both answer the same, so nobody learns which SIDs exist).
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
      <p>There is no such call or page in your connected accounts. It may belong to a connection you removed.</p>
    </StatusPage>
  );
}
