import "server-only";
import { getDb } from "@/lib/db";

/** Finds or creates the user a demo sign-in names. Email is the identity; the name may change. */
export async function upsertUserByEmail(input: { email: string; name: string }) {
  return getDb().user.upsert({
    where: { email: input.email },
    update: { name: input.name },
    create: { email: input.email, name: input.name },
    select: { id: true, email: true, name: true },
  });
}

/** Whether a person's account still exists: a session outlives a deleted account, and then signs no one in. */
export async function userExists(id: string): Promise<boolean> {
  return (await getDb().user.count({ where: { id } })) > 0;
}
