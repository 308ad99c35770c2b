import { defineConfig } from "@playwright/test";
import { BASE_URL } from "./e2e/server";

/**
 * End to end: real Chromium (Debian's, at /usr/bin/chromium — Playwright's own
 * browser download cannot work offline) against the production build on a
 * seeded database, started by e2e/global-setup.ts.
 */
export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    browserName: "chromium",
    locale: "en-GB",
    timezoneId: "Asia/Ho_Chi_Minh",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // Without these Chromium reaches for Google's hosts at every start, which this closed network refuses.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
    },
  },
});
