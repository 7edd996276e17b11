import { describe, expect, it } from "vitest";
import { configFromEnv, DEFAULT_AUTH_TOKEN, DEFAULT_CONNECT_APP_SID, resolveConfig } from "../config";

describe("simulator configuration", () => {
  it("has working defaults", () => {
    const config = configFromEnv({});
    expect(config).toMatchObject({
      port: 3030,
      seed: 1,
      connectAppSid: DEFAULT_CONNECT_APP_SID,
      authToken: DEFAULT_AUTH_TOKEN,
      connectAppPermissions: ["get-all"],
      deauthorizeMethod: "POST",
      freezeClock: false,
    });
    expect(config.defaultFaults.latencyMs).toBe(0);
  });

  it("reads SIM_* variables, including JSON default faults", () => {
    const config = configFromEnv({
      SIM_PORT: "4000",
      SIM_CONNECT_APP_PERMISSIONS: "get-all, post-all",
      SIM_DEAUTHORIZE_METHOD: "GET",
      SIM_LATENCY_MS: "25",
      SIM_FAULTS: '{"rate429":0.1,"maxConcurrent":4}',
      SIM_FREEZE_CLOCK: "1",
    });
    expect(config.port).toBe(4000);
    expect(config.connectAppPermissions).toEqual(["get-all", "post-all"]);
    expect(config.defaultFaults).toMatchObject({ latencyMs: 25, rate429: 0.1, maxConcurrent: 4 });
    expect(config.freezeClock).toBe(true);
  });

  it("names the variable that is wrong", () => {
    expect(() => configFromEnv({ SIM_PORT: "http" })).toThrow(/SIM_PORT/);
    expect(() => configFromEnv({ SIM_CONNECT_APP_SID: "CN123" })).toThrow(
      /SIM_CONNECT_APP_SID: must be CN followed by 32 hex/,
    );
    expect(() => configFromEnv({ SIM_AUTH_TOKEN: "secret" })).toThrow(/SIM_AUTH_TOKEN: must be 32 hex/);
    expect(() => configFromEnv({ SIM_AUTHORIZE_REDIRECT_URL: "ftp://x" })).toThrow(
      /SIM_AUTHORIZE_REDIRECT_URL: must be an http\(s\) URL/,
    );
    expect(() => configFromEnv({ SIM_FAULTS: "{" })).toThrow(/SIM_FAULTS: must be a JSON object/);
    expect(() => configFromEnv({ SIM_FAULTS: '{"rate429":2}' })).toThrow(/SIM_FAULTS \(rate429\)/);
    expect(() => resolveConfig({ connectAppPermissions: "read-all" })).toThrow(/options\.connectAppPermissions/);
  });
});
