import { spawn, type ChildProcess } from "node:child_process";
import type { WriteStream } from "node:fs";

const children: ChildProcess[] = [];

/** Time the children get to stop on SIGTERM before they are killed. */
const STOP_GRACE_MS = 8_000;

/** Runs a command to completion with its output shown; rejects on failure. Stopped with the rest. */
export function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", env, detached: true });
    children.push(child);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? code})`)),
    );
  });
}

/**
 * Starts a long-running process whose output is prefixed with its name. When any of them exits,
 * everything stops: a half-running demo is worse than a clear failure.
 */
export function start(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  /** A file for the process's output as it wrote it: all of stdout (then not shown), stderr too. */
  logTo?: WriteStream,
): ChildProcess {
  // Its own process group, so stopping it also stops what it started (tsx and next fork).
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  if (logTo) for (const output of [child.stdout, child.stderr]) output?.pipe(logTo, { end: false });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString()
      .split("\n")
      .filter((line) => line.length > 0)
      .map((line) => `[${name}] ${line}\n`)
      .join("");
  if (!logTo) child.stdout?.on("data", (chunk: Buffer) => process.stdout.write(prefix(chunk)));
  child.stderr?.on("data", (chunk: Buffer) => process.stderr.write(prefix(chunk)));
  child.on("exit", (code, signal) => {
    if (stopping) return;
    console.error(`[${name}] exited (${signal ?? code}); stopping.`);
    stopAll(code ?? 1);
  });
  children.push(child);
  return child;
}

let stopping = false;

/** Signals the child's process group; false when no process of it is left. Signal 0 only asks. */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals | 0): boolean {
  if (!child.pid) return false;
  try {
    process.kill(-child.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** Whether any process of the child's group is left (the child itself, or what it started). */
const groupAlive = (child: ChildProcess) => signalGroup(child, 0);

/**
 * Stops every child's process group (SIGTERM, then SIGKILL after a grace period) and exits once
 * no process of any group is left, so nothing outlives the script and its ports are free when it ends.
 */
export function stopAll(exitCode = 0): void {
  if (stopping) return;
  stopping = true;
  for (const child of children) signalGroup(child, "SIGTERM");
  const killAt = Date.now() + STOP_GRACE_MS;
  const check = setInterval(() => {
    const alive = children.filter(groupAlive);
    // Past the grace period and the kill, only zombies no init reaps can be left: leave them.
    if (alive.length === 0 || Date.now() > killAt + 2_000) {
      clearInterval(check);
      process.exit(exitCode);
    }
    if (Date.now() > killAt) for (const child of alive) signalGroup(child, "SIGKILL");
  }, 100);
}

/** Waits until a URL answers (any HTTP status), or fails after the timeout. */
export async function waitForUrl(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stopAll(0));
