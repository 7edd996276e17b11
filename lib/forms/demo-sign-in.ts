import { z } from "zod";

/** The demo sign-in form: no password, only who you want to be. */
export const demoSignInSchema = z.object({
  name: z.string().trim().min(1, { error: "Enter a name" }).max(80, { error: "Keep the name under 80 characters" }),
  email: z.email({ error: "Enter a valid email address" }).trim().toLowerCase(),
});
