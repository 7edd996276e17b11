import { spawn } from "node:child_process";
import { STANDALONE_SERVER } from "../scripts/lib/standalone";
import { SPARE_PORT } from "./config";
import { expect, test } from "./fixtures";

function startProductionServer(env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [STANDALONE_SERVER], {
      env: { ...process.env, PORT: String(SPARE_PORT), ...env },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test("the production server refuses to start with demo sign-in enabled, saying why", async () => {
  const { code, output } = await startProductionServer({
    NODE_ENV: "production",
    DEMO_MODE: "true",
    NEXTAUTH_SECRET: "a-production-secret-of-sufficient-length-123",
  });
  expect(code).toBe(1);
  expect(output).toContain("DEMO_MODE is refused when NODE_ENV=production");
});

test("the production server names missing settings and stops", async () => {
  const { code, output } = await startProductionServer({ NODE_ENV: "production", DEMO_MODE: "" });
  expect(code).toBe(1);
  expect(output).toContain("NEXTAUTH_SECRET is required in production");
  expect(output).toContain("TWILIO_AUTH_TOKEN is required");
});
