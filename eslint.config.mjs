import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Each folder under lib/ is a module entered only through its index.ts: from app/, components/,
// bench/, scripts/, tests and other modules alike. Inside a module, files import each other
// relatively, and never climb out of it.
const throughIndex = [
  { regex: "^@/lib/[^/]+/.+", message: "Import a lib module through its index: @/lib/<module>." },
  { regex: "^(\\.{1,2}/)+lib/[^/]+/.+", message: "Import a lib module through its index: @/lib/<module>." },
];
const leavesModule = (climb) => ({
  regex: `^${climb}`,
  message: "Reach another lib module through its index (@/lib/<module>), not a relative path.",
});
const higherLayers = {
  regex: "^@/(app|components|bench|scripts|e2e)(/|$)",
  message: "lib/ is the bottom layer: it never imports pages, components or tools.",
};
const restrict = (patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "import/no-duplicates": "error",
      ...restrict(throughIndex),
    },
  },
  { files: ["lib/*/*.{ts,tsx}"], rules: restrict([...throughIndex, leavesModule("\\.\\./"), higherLayers]) },
  {
    files: ["lib/*/*/**/*.{ts,tsx}"],
    rules: restrict([...throughIndex, leavesModule("\\.\\./\\.\\./"), higherLayers]),
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/db/generated/**",
    "test-results/**",
    "playwright-report/**",
    ".data/**",
    "next-env.d.ts",
  ]),
]);
