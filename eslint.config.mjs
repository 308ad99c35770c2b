import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Prisma stays inside lib/: pages and components reach data through lib/<domain>/ functions.
const DATA_ACCESS = [
  { group: ["@/lib/db", "**/lib/db"], message: "app/ and components/ never touch the database: call a lib/<domain>/ function." },
  {
    group: ["@/lib/generated/prisma/*", "**/lib/generated/prisma/*", "!@/lib/generated/prisma/enums", "!**/lib/generated/prisma/enums"],
    message: "Outside lib/, import Prisma enums from @/lib/generated/prisma/enums only; the client module stays on the server, inside lib/.",
  },
  { group: ["@prisma/*", "pg"], message: "Database drivers are used inside lib/ only." },
];

// Domain code never imports the framework (so it stays testable and movable);
// these files are the seam between the two. A new seam is added here by name, in review.
const FRAMEWORK_SEAMS = [
  "lib/action.ts",
  "lib/request.ts",
  "lib/auth/session.ts",
  "lib/auth/options.ts",
  "lib/**/actions.ts",
  "lib/**/*-actions.ts",
  // The reader site's data cache and its revalidation after commit.
  "lib/articles/public-cache.ts",
  "lib/trips/public-cache.ts",
  "lib/articles/revalidate.ts",
];
const FRAMEWORK = [
  {
    group: ["next", "next/*", "next-auth", "next-auth/*"],
    message: "lib/<domain>/ code does not import Next or next-auth: take the actor and request data as parameters (see STYLE.md §1).",
  },
];

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    "lib/generated/**",
    ".next/**",
    ".next*/**",
    ".data/**",
    "node_modules/**",
    "out/**",
    "build/**",
    "playwright-report/**",
    "test-results/**",
    "next-env.d.ts",
  ]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
      "@typescript-eslint/no-unused-expressions": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/ban-ts-comment": "error",
      // App Router only: the rule looks for a pages/ directory.
      "@next/next/no-html-link-for-pages": "off",
    },
  },
  {
    files: ["lib/**"],
    ignores: FRAMEWORK_SEAMS,
    rules: { "no-restricted-imports": ["error", { patterns: FRAMEWORK }] },
  },
  {
    // Playwright fixtures hand their value over with a function named `use`, which is not React's.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: DATA_ACCESS }] },
  },
]);
