/**
 * Before each database test file: a fresh database cloned from the migrated
 * template, named in DATABASE_URL before lib/db.ts opens its (lazy) client;
 * dropped when the file is done.
 */
import { afterAll, inject } from "vitest";
import { disconnectDb } from "@/lib/db";
import { createDatabase, databaseUrl, dropDatabase, uniqueDatabaseName } from "./test-databases";

const { serverUrl, template, prefix } = inject("testDatabases");
const name = uniqueDatabaseName(prefix);

await createDatabase(serverUrl, name, template);
process.env.DATABASE_URL = databaseUrl(serverUrl, name);

afterAll(async () => {
  await disconnectDb();
  await dropDatabase(serverUrl, name);
});
