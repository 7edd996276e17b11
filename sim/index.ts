import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequestListener } from "./app";
import { resolveConfig, type SimConfig, type SimOptions } from "./config";
import { SimStore } from "./store/sim-store";

export { configFromEnv, resolveConfig, SimConfigError, type SimConfig, type SimOptions } from "./config";

export interface RunningSimulator {
  /** Base URL, e.g. http://127.0.0.1:3030 (no trailing slash). */
  url: string;
  port: number;
  config: SimConfig;
  close(): Promise<void>;
}

/** Starts the simulator on 127.0.0.1; pass `port: 0` for a free port (tests). */
export async function startSimulator(options: SimOptions | SimConfig = {}): Promise<RunningSimulator> {
  const config = "defaultFaults" in options ? options : resolveConfig(options);
  const store = new SimStore(config);
  const server = createServer(createRequestListener(store));
  // Clients keep sockets alive for up to 5 s (Node's default agent); a server that closes idle
  // sockets at the same moment resets the request that reuses one. Outlasting them avoids that.
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    config,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
