import { env, EnvError } from "./env";

/**
 * A misconfigured deployment stops at start-up with a clear message instead of failing on the
 * first request.
 */
export function exitOnInvalidEnv(): void {
  try {
    env();
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    console.error(`\n${error.message}\n`);
    process.exit(1);
  }
}
