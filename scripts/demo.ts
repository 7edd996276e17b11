// npm run demo – the whole product on this machine: embedded database, Twilio simulator, demo sign-in.
import { startStack } from "./lib/stack";
import { stopAll } from "./lib/processes";

startStack({
  server: "dev",
  appPort: Number(process.env.PORT ?? 3000),
  simPort: Number(process.env.SIM_PORT ?? 3030),
  databaseUrl: process.env.DATABASE_URL,
})
  .then(({ appUrl, simUrl }) => {
    console.log(
      `\n  Call Analytics demo is running.\n\n  App:              ${appUrl}\n  Twilio simulator: ${simUrl}\n\n  Sign in with any name and email. Press Ctrl+C to stop.\n`,
    );
  })
  .catch((error: Error) => {
    console.error(error.message);
    stopAll(1);
  });
