import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Two tiers (STYLE.md, Tests):
//   unit      lib/**/*.test.ts, components/**/*.test.tsx   nothing real: no database, no network
//   database  lib/**/*.db.test.ts  real PostgreSQL (DATABASE_URL, or an embedded one when unset);
//                                  each test file gets its own database cloned from a migrated template
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: "node",
    // One worker per core and at least two: database tests wait on the server as much as they compute.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.tsx"],
          exclude: ["lib/**/*.db.test.ts", "lib/generated/**"],
          // A unit test that reaches for the database fails loudly instead of using one.
          env: { DATABASE_URL: "" },
        },
      },
      {
        extends: true,
        test: {
          name: "database",
          include: ["lib/**/*.db.test.ts"],
          globalSetup: ["lib/test/database-global-setup.ts"],
          // Test-only keys for personal data at rest (lib/crypto); never used outside the test databases.
          env: {
            DATA_ENCRYPTION_KEYS: "test:dGVzdC1vbmx5LWtleS0wMDAwMDAwMDAwMDAwMDAwMDA=",
            DATA_INDEX_KEY: "dGVzdC1vbmx5LWluZGV4LWtleS0wMDAwMDAwMDAwMDA=",
          },
          setupFiles: ["lib/test/database-file-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
