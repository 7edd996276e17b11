import { expect, newPerson, signIn, test } from "./fixtures";

test("a signed-out visit to a dashboard page goes to sign-in and comes back after", async ({ page }) => {
  await page.goto("/connections?tab=all");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fconnections%3Ftab%3Dall$/);
  const person = newPerson("returning");
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByRole("button", { name: "Sign in to the demo" }).click();
  await expect(page).toHaveURL(/\/connections\?tab=all$/);
});

test("sign in, see the shell with the account menu, sign out", async ({ page }) => {
  const person = await signIn(page);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
  await page.getByLabel("Account menu").click();
  await expect(page.getByTestId("account-name")).toHaveText(person.name);
  await expect(page.getByText(person.email)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin/);
});

test("the demo form explains what is wrong instead of submitting bad input", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Sign in to the demo" }).click();
  await expect(page.getByText("Enter a name")).toBeVisible();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page).toHaveURL(/\/signin$/);
});

test("dark mode is a choice that survives a reload", async ({ page }) => {
  await signIn(page);
  await page.getByText("Dark", { exact: true }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.getByText("Light", { exact: true }).click();
  await expect(page.locator("html")).not.toHaveClass(/dark/);
});
