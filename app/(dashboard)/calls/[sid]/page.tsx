import { notFound } from "next/navigation";
import { isCallSid } from "@/lib/domain";
import { redirectIntoWorkspace } from "@/lib/http";

type Props = {
  params: Promise<{ sid: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A call link from before workspaces: on to the call in the workspace its `?connection=` belongs to. */
export default async function CallRedirect({ params, searchParams }: Props) {
  const { sid } = await params;
  if (!isCallSid(sid)) notFound();
  return redirectIntoWorkspace(`/calls/${sid}`, await searchParams);
}
