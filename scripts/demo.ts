// npm run demo – the whole product on this machine: the production build, an embedded database,
// the Twilio simulator and demo sign-in. Everything it keeps lives in DEMO_DATA_DIR (default .data).
import { join } from "node:path";
import { z } from "zod";
import { startStack } from "./lib/stack";
import { stopAll } from "./lib/processes";

const port = (fallback: number) => z.coerce.number().int().min(1).max(65_535).default(fallback);
const settings = z
  .object({
    PORT: port(3000),
    SIM_PORT: port(3030),
    DEMO_DATA_DIR: z.string().min(1).default(".data"),
    DATABASE_URL: z.string().min(1).optional(),
  })
  .safeParse(process.env);

if (!settings.success) {
  console.error(`Invalid demo settings:\n${z.prettifyError(settings.error)}`);
  process.exit(1);
}
const { PORT, SIM_PORT, DEMO_DATA_DIR, DATABASE_URL } = settings.data;
const startedAt = Date.now();

startStack({
  nodeEnv: "test",
  appPort: PORT,
  simPort: SIM_PORT,
  databaseUrl: DATABASE_URL ?? join(DEMO_DATA_DIR, "pglite"),
  simStateFile: join(DEMO_DATA_DIR, "twilio-sim.json"),
})
  .then(({ appUrl, simUrl }) => {
    const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
    console.log(
      `\n  Call Analytics demo is running (ready in ${seconds} s).\n\n  App:              ${appUrl}\n  Twilio simulator: ${simUrl}\n\n  Sign in with any name and email. Press Ctrl+C to stop; data stays in ${DEMO_DATA_DIR}/.\n`,
    );
  })
  .catch((error: Error) => {
    console.error(error.message);
    stopAll(1);
  });
