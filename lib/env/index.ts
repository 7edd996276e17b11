// Every setting the server reads, validated once; the demo's stand-in values.
export { env, EnvError, parseEnv, type Env } from "./env";
export { DEMO_AUTH_TOKEN, DEMO_CONNECT_APP_SID, DEMO_SIMULATOR_URL } from "./defaults";
export { exitOnInvalidEnv } from "./startup-check";
