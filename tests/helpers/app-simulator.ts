import { afterAll, beforeAll } from "vitest";
import { startTestSim, type TestSim } from "@/sim/tests/helpers";

/**
 * A simulator for this test file, with the app's settings pointed at it. lib/env reads the
 * environment once, on first use, so this must run before anything calls Twilio.
 */
export function startAppSimulator(): { readonly current: TestSim } {
  const holder: { current?: TestSim } = {};
  beforeAll(async () => {
    const sim = await startTestSim();
    holder.current = sim;
    process.env.DEMO_MODE = "true";
    process.env.TWILIO_API_BASE_URL = sim.sim.url;
    process.env.TWILIO_AUTH_TOKEN = sim.sim.config.authToken;
    process.env.TWILIO_CONNECT_APP_SID = sim.sim.config.connectAppSid;
  });
  afterAll(async () => holder.current?.sim.close());
  return {
    get current(): TestSim {
      if (!holder.current) throw new Error("the simulator starts in beforeAll");
      return holder.current;
    },
  };
}
