import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect } from "./fixtures";

// axe's WCAG 2.2 A/AA rules, as every spec that checks a page runs them.
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/**
 * Fails with every violation's rule, impact and nodes, so the report says what to fix; `include`
 * narrows the check to part of the page.
 */
export async function expectAccessible(page: Page, label: string, { include }: { include?: string } = {}) {
  const builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  const { violations } = await (include ? builder.include(include) : builder).analyze();
  const found = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
  );
  expect(found, `${label}: WCAG 2.2 A/AA violations`).toEqual([]);
}
