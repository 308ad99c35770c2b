/**
 * Migrates the test template in a process of its own, run by the global setup.
 * The WebAssembly schema engine leaves a 10-second timer behind after its
 * work; in a child that simply exits, it cannot hold the test run open.
 */
import { deployMigrations } from "../../prisma/tools/migrations";

const [databaseUrl] = process.argv.slice(2);
if (!databaseUrl) throw new Error("usage: migrate-template.ts <database url>");
await deployMigrations(databaseUrl);
process.exit(0);
