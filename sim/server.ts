// Entry point for `npx tsx sim/server.ts` (npm run sim): a local stand-in for api.twilio.com.
import { configFromEnv, SimConfigError, startSimulator } from "./index";

async function main(): Promise<void> {
  const sim = await startSimulator(configFromEnv(process.env));
  const { config } = sim;
  console.log(`Twilio simulator listening on ${sim.url}`);
  console.log(`  console         ${sim.url}/`);
  console.log(`  Connect App     ${config.connectAppSid} (${config.connectAppName})`);
  console.log(`  authorize page  ${sim.url}/authorize/${config.connectAppSid}`);
  console.log(
    `  redirects to    ${config.authorizeRedirectUrl}, deauthorize ${config.deauthorizeMethod} ${config.deauthorizeUrl}`,
  );
  const stop = () => {
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof SimConfigError ? error.message : error);
  process.exit(1);
});
