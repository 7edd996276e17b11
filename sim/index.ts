import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createRequestListener } from "./app";
import { resolveConfig, type SimConfig, type SimOptions } from "./config";
import { loadStateFile, stateFileWriter } from "./store/saved-state";
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
  const listener = createRequestListener(store);
  const saver = config.stateFile ? stateFileWriter(store, config.stateFile) : null;
  // A new file is written at once: the seeded histories end at this start, and only the saved
  // instant makes the next start generate the same calls the app has already imported.
  if (config.stateFile && saver && (await loadStateFile(store, config.stateFile)) === "new") await saver.flush();
  // Every change comes through a request that is not a GET: the state is saved once it is answered.
  const server = createServer((req, res) => {
    if (saver && req.method !== "GET" && req.method !== "HEAD") res.once("finish", () => saver.changed());
    listener(req, res);
  });
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
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      await saver?.flush();
    },
  };
}
