"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/http";
import { consumeLimit } from "@/lib/limits";
import { deleteAccount } from "@/lib/privacy";
import { LAST_WORKSPACE_COOKIE } from "@/lib/web";

/** next-auth's session cookie, by its plain and its https name, and the chunks a large one is split into. */
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/** The person types their email address (or, without one, DELETE): a slip of the mouse deletes nothing. */
function confirms(typed: string, email: string | null): boolean {
  return email ? typed.trim().toLowerCase() === email.toLowerCase() : typed.trim() === "DELETE";
}

export const deleteAccountAction = userAction(
  "/account",
  z.object({ confirm: z.string().max(320) }),
  async ({ user, input }) => {
    const limit = await consumeLimit("accountDeletion", user.id);
    if (!limit.allowed) redirect("/account?error=too-many");
    if (!input || !confirms(input.confirm, user.email)) redirect("/account?error=confirm");
    await deleteAccount(user);
    // Signed out here; a session elsewhere names a person who no longer exists, and signs no one in.
    const jar = await cookies();
    for (const { name } of jar.getAll()) {
      if (SESSION_COOKIE.test(name) || name === LAST_WORKSPACE_COOKIE) {
        jar.set(name, "", {
          maxAge: 0,
          path: "/",
          httpOnly: true,
          sameSite: "lax",
          secure: name.startsWith("__Secure-"),
        });
      }
    }
    redirect("/signin?deleted=1");
  },
);
