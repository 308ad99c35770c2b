/**
 * Where the end-to-end tests run: the production build of the app on a
 * database of its own. Shared by the Playwright config and its global setup.
 */
import path from "node:path";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "..");
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
export const BASE_URL = `http://localhost:${E2E_PORT}`;
/** Its own build folder, so a running `npm run dev` is never disturbed. */
export const E2E_DIST_DIR = ".next-test";
/** Recreated by every run; name another one to run two suites side by side on one server. */
export const E2E_DATABASE = process.env.E2E_DATABASE ?? "newsroom_e2e";
export const EMBEDDED_E2E_PORT = Number(process.env.EMBEDDED_E2E_PG_PORT ?? 54332);
export const EMBEDDED_E2E_DATA_DIR = path.join(PROJECT_ROOT, ".data", "postgres-e2e");
