/**
 * `npm run db:migrate -- <command>`: Prisma migrations with nothing but the npm
 * registry reachable. Commands mirror `prisma migrate`:
 *   deploy               apply pending migrations
 *   dev --name <name>    apply pending ones, create a migration for schema changes, apply it
 *   create --name <name> create the migration only (to edit it before applying)
 *   status               list migrations not yet applied
 *   reset --force        drop everything and re-apply every migration
 */
import { parseArgs } from "node:util";
import { createMigration, deployMigrations, migrationStatus, resetDatabase } from "./migrations";
import { withDatabase } from "./database-server";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, force: { type: "boolean", default: false } },
});
const [command = "deploy"] = positionals;

function report(applied: string[]) {
  console.log(applied.length ? `Applied ${applied.length} migration(s):\n  ${applied.join("\n  ")}` : "No pending migrations.");
}

await withDatabase(async (databaseUrl) => {
  switch (command) {
    case "deploy":
      report(await deployMigrations(databaseUrl));
      return;
    case "dev":
    case "create": {
      if (!values.name) throw new Error(`${command} needs --name <migration name>`);
      report(await deployMigrations(databaseUrl));
      const created = await createMigration(databaseUrl, values.name);
      console.log(created ? `Created prisma/migrations/${created}/migration.sql` : "The schema and the migrations agree: nothing to create.");
      if (created && command === "dev") report(await deployMigrations(databaseUrl));
      return;
    }
    case "status": {
      const { pending, unknownToFolder } = await migrationStatus(databaseUrl);
      console.log(pending.length ? `Not yet applied:\n  ${pending.join("\n  ")}` : "Database schema is up to date.");
      if (unknownToFolder.length) console.log(`Applied but missing from prisma/migrations:\n  ${unknownToFolder.join("\n  ")}`);
      if (pending.length || unknownToFolder.length) process.exitCode = 1;
      return;
    }
    case "reset":
      if (!values.force) throw new Error("reset drops every table and row: pass --force to confirm");
      report(await resetDatabase(databaseUrl));
      return;
    default:
      throw new Error(`Unknown command "${command}". Use deploy, dev, create, status or reset.`);
  }
});
