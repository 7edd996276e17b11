import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sourceStamp } from "./build";

let root: string;
const write = (file: string, text: string) => {
  mkdirSync(join(root, file, ".."), { recursive: true });
  writeFileSync(join(root, file), text);
};
const stamp = (env: NodeJS.ProcessEnv = { NODE_ENV: "test" }) => sourceStamp(env, root);

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "source-stamp-"));
  execFileSync("git", ["init", "-q"], { cwd: root });
  write(".gitignore", ".next/\n.data/\n.env\n.env.local\n");
  write("app/page.tsx", "export default 1;\n");
  write("package-lock.json", "{}\n");
  write("README.md", "# readme\n");
  execFileSync("git", ["add", "-A"], { cwd: root });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the production build's source stamp", () => {
  it("changes with a built source, the lockfile, a new file, an env file and NEXT_PUBLIC_ variables", () => {
    const changes: [string, () => void, NodeJS.ProcessEnv?][] = [
      ["a source", () => write("app/page.tsx", "export default 2;\n")],
      ["the lockfile", () => write("package-lock.json", '{"lockfileVersion":3}\n')],
      ["an untracked new file", () => write("components/new.tsx", "export {};\n")],
      ["a .env file", () => write(".env.local", "NEXT_PUBLIC_X=1\n")],
      ["a NEXT_PUBLIC_ variable", () => undefined, { NODE_ENV: "test", NEXT_PUBLIC_THEME: "dark" }],
    ];
    for (const [what, change, env] of changes) {
      const before = stamp();
      change();
      expect(stamp(env), what).not.toBe(before);
    }
  });

  it("stays the same for files the build never reads, ignored files and other variables", () => {
    const before = stamp();
    write("README.md", "# changed\n");
    write("e2e/restart.spec.ts", "// a spec\n");
    write("lib/x/x.test.ts", "// a unit test\n");
    write("playwright.config.ts", "// the e2e runner\n");
    write(".data/pglite/file", "data");
    write(".next/source-stamp", "stamp");
    expect(stamp({ NODE_ENV: "test", PORT: "3700", TWILIO_AUTH_TOKEN: "secret" })).toBe(before);
  });

  it("is unknown outside a git checkout, so the build is made", () => {
    const bare = mkdtempSync(join(tmpdir(), "no-git-"));
    try {
      expect(sourceStamp({ NODE_ENV: "test" }, bare)).toBeNull();
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
