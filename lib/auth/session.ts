import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { userExists } from "@/lib/users";
import { authOptions } from "./options";

/** Read once per render: the shell and the page both ask. */
const accountExists = cache(userExists);

export type CurrentUser = { id: string; name: string | null; email: string | null; image: string | null };

export async function getCurrentUser(): Promise<CurrentUser | null> {
  // Per-request by nature: never prerendered at build time.
  await connection();
  const session = await getServerSession(authOptions());
  const user = session?.user;
  if (!user?.id) return null;
  // Sessions are signed cookies, not rows: one on another device outlives a deleted account.
  if (!(await accountExists(user.id))) return null;
  return { id: user.id, name: user.name ?? null, email: user.email ?? null, image: user.image ?? null };
}

/** For pages behind sign-in: the user, or a redirect to sign-in that comes back here. */
export async function requireUser(returnTo = "/dashboard"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  return user;
}
