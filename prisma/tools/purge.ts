/**
 * `npm run delegations:purge` — the scheduled purge of personal data of
 * applications that ended more than DELEGATION_PURGE_AFTER_MONTHS months ago
 * (default 24). Meant for a daily cron job; safe to run again at any time.
 * Uses DATABASE_URL, else the embedded development PostgreSQL.
 */
import { disconnectDb } from "@/lib/db";
import { purgeAfterMonths, purgeEndedApplications } from "@/lib/delegations/purge";
import { withDatabase } from "./database-server";

const months = purgeAfterMonths();
const result = await withDatabase(async (url) => {
  process.env.DATABASE_URL = url;
  try {
    return await purgeEndedApplications({ monthsAfterEnd: months });
  } finally {
    await disconnectDb();
  }
});
console.log(
  `Purged ${result.applications} application(s) ended before ${result.cutoff.toISOString()} (${months} months): ` +
    `${result.members} member(s), ${result.documents} document(s), ${result.filesRemoved} file(s) removed, ${result.fileErrors} file error(s).`,
);
process.exitCode = result.fileErrors ? 1 : 0;
