// Demo-mode values, shared by the app (lib/env.ts) and the scripts that start the simulator.
// They identify the simulator's Connect App; nothing real is behind them.
export const DEMO_CONNECT_APP_SID = "CN00000000000000000000000000000001";
export const DEMO_AUTH_TOKEN = "0123456789abcdef0123456789abcdef";
export const DEMO_SIMULATOR_URL = "http://127.0.0.1:3030";
