import { test as base, expect, type Page } from "@playwright/test";

let counter = 0;

/** A person unique to this run, so specs never see each other's data. */
export function newPerson(label = "user") {
  counter += 1;
  const id = `${label}-${Date.now().toString(36)}-${counter}`;
  return { name: `Test ${label} ${counter}`, email: `${id}@example.com` };
}

/** Signs in through the demo form, the way a person would, and waits for the dashboard shell. */
export async function signIn(page: Page, person = newPerson(), startAt = "/signin") {
  await page.goto(startAt);
  await page.getByLabel("Name").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByRole("button", { name: "Sign in to the demo" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  return person;
}

export const test = base;
export { expect };
