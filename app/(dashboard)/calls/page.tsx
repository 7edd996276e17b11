import { redirectIntoWorkspace } from "@/lib/http";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A link from before workspaces, or one without a workspace: on to this page in the person's workspace. */
export default async function CallsRedirect({ searchParams }: Props) {
  return redirectIntoWorkspace("/calls", await searchParams);
}
