// Runs once when the server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") (await import("./lib/env")).exitOnInvalidEnv();
}
