import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { E2E_SECRETS } from "./config";
import { expect, signIn, test } from "./fixtures";

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name));
}

test("no secret reaches the browser bundle", async () => {
  const files = await filesUnder(path.join(process.cwd(), ".next", "static"));
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = await readFile(file, "utf8");
    for (const [name, value] of Object.entries(E2E_SECRETS)) {
      expect(text.includes(value), `${name} found in ${file}`).toBe(false);
    }
  }
});

test("no secret reaches a signed-in page", async ({ page }) => {
  await signIn(page);
  for (const url of ["/dashboard", "/connections"]) {
    const html = await (await page.request.get(url)).text();
    expect(html).toContain("Call Analytics");
    for (const value of Object.values(E2E_SECRETS)) expect(html).not.toContain(value);
  }
});
