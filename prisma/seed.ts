/**
 * Demo data for development and the end-to-end tests: one account per role,
 * the reader site's sections, and a dozen bilingual stories spread over every
 * workflow state, driven through the real domain functions.
 *
 * `npm run dev` calls seedIfEmpty on first start; `npm run db:seed` runs this
 * file on its own (the database it opens, migrates and seeds is the dev
 * runner's: DATABASE_URL, else the embedded PostgreSQL under .data/).
 */
import { pathToFileURL } from "node:url";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/authz/policy";
import { db, disconnectDb } from "@/lib/db";
import { LOCALES } from "@/lib/i18n/locales";
import { slugify } from "@/lib/text/slug";
import { CATEGORIES, type CategoryKey } from "./seed-data/categories";
import { DEMO_PASSWORD, DEMO_USERS, type DemoUserKey } from "./seed-data/demo-users";
import { dakLakFieldTrip, coffeeEnterprises, gongArtisans } from "./seed-data/stories-central-highlands";
import { conclusion57, internationalPressCentres, twoYearsOfForeignPress } from "./seed-data/stories-external-information";
import { haLongBay, hoiAn, hue } from "./seed-data/stories-heritage";
import { briefingRegistrationNotice, newYearMeetingWithCorrespondents, regularPressBriefings } from "./seed-data/stories-press-service";
import { seedDelegations } from "./seed-data/delegations";
import { seedDirectory, seedTrips } from "./seed-data/seed-trips";
import { seedStory, type SeedStory } from "./seed-data/story-workflow";
import { withDatabase } from "./tools/database-server";
import { setLocalDataKeys } from "./tools/local-secret";
import { deployMigrations } from "./tools/migrations";

/**
 * In publishing order: the reader site lists newest first, so the Đắk Lắk
 * report leads the home page. The stories after it are withdrawn or still on
 * the desk. Together they cover every ArticleStatus.
 */
const STORIES: SeedStory[] = [
  hoiAn,
  haLongBay,
  regularPressBriefings,
  internationalPressCentres,
  conclusion57,
  twoYearsOfForeignPress,
  dakLakFieldTrip,
  briefingRegistrationNotice,
  newYearMeetingWithCorrespondents,
  hue,
  coffeeEnterprises,
  gongArtisans,
];

/**
 * The demo accounts share a password printed in the README and one of them is
 * an administrator: on a production database they would be an open door.
 */
function assertNotProduction(): void {
  if (process.env.NODE_ENV === "production") {
    throw new Error(
      `Refusing to seed demo data with NODE_ENV=production: the demo accounts share the published password "${DEMO_PASSWORD}" ` +
        "and include an administrator, so on a live site anyone could sign in with them. Create real accounts instead.",
    );
  }
}

type Seeded = { people: Record<DemoUserKey, Actor>; categoryIds: Record<CategoryKey, string> };

/** The accounts and sections, in one transaction: either all of them exist afterwards or none. */
async function createPeopleAndSections(): Promise<Seeded> {
  const keys = Object.keys(DEMO_USERS) as DemoUserKey[];
  // argon2 is slow on purpose: hash before the transaction opens, not while it holds a connection.
  const passwordHashes = await Promise.all(keys.map(() => hashPassword(DEMO_PASSWORD)));
  return db.$transaction(async (tx) => {
    const people = {} as Seeded["people"];
    for (const [index, key] of keys.entries()) {
      const { email, name, role } = DEMO_USERS[key];
      people[key] = await tx.user.create({
        data: { email, name, passwordHash: passwordHashes[index], roles: [role], preferredLocale: "vi" },
        select: { id: true, roles: true },
      });
    }
    const categoryIds = {} as Seeded["categoryIds"];
    for (const [position, { key, names }] of CATEGORIES.entries()) {
      const category = await tx.category.create({
        data: {
          key,
          position,
          translations: { create: LOCALES.map((locale) => ({ locale, name: names[locale], slug: slugify(names[locale]) })) },
        },
        select: { id: true },
      });
      categoryIds[key] = category.id;
    }
    return { people, categoryIds };
  });
}

type Before = { tagIds: string[]; outletIds: string[]; missionIds: string[]; delegationIds: string[] };

/** Deletes everything one seed run wrote, given what existed before it. */
async function removePartialSeed({ people, categoryIds }: Seeded, before: Before): Promise<void> {
  const userIds = Object.values(people).map((person) => person.id);
  await db.$transaction(async (tx) => {
    // Trips first (their participants, program, coverage and history go with them), then the people they named.
    await tx.trip.deleteMany({ where: { createdById: { in: userIds } } });
    await tx.delegation.deleteMany({ where: { id: { notIn: before.delegationIds } } });
    await tx.pressContact.updateMany({ where: { createdById: { in: userIds } }, data: { mergedIntoId: null } });
    await tx.pressContact.deleteMany({ where: { createdById: { in: userIds } } });
    await tx.outlet.deleteMany({ where: { id: { notIn: before.outletIds } } });
    await tx.foreignMission.deleteMany({ where: { id: { notIn: before.missionIds } } });
    // Every seeded article belongs to a translation group a demo user created; its
    // history, authors, tag links and reader snapshot go with it (ON DELETE CASCADE).
    await tx.translationGroup.deleteMany({ where: { createdById: { in: userIds } } });
    await tx.tag.deleteMany({ where: { id: { notIn: before.tagIds }, articles: { none: {} } } });
    await tx.category.deleteMany({ where: { id: { in: Object.values(categoryIds) } } });
    await tx.user.deleteMany({ where: { id: { in: userIds } } });
  });
}

/**
 * The full seed, on a database without the demo accounts.
 *
 * All or nothing, because seedIfEmpty reads "has users" as "already seeded":
 * a run that failed halfway must not leave users behind, or every later start
 * would skip the seed and keep the broken half. One transaction around
 * everything is not possible: the stories go through the real domain
 * functions, which open their own transactions on the shared client, and their
 * authors must exist first (articles reference them), so the users cannot come
 * last either. Instead the users and sections are created together in one
 * transaction, and if any story then fails, everything this run wrote is
 * deleted again before the error is rethrown. Only a process killed mid-seed
 * (SIGKILL, power loss) can still leave a partial seed; then reset the database
 * (`npm run db:migrate -- reset --force`) and seed again.
 */
export async function seed(): Promise<void> {
  assertNotProduction();
  const demoEmails = Object.values(DEMO_USERS).map((user) => user.email);
  if (await db.user.count({ where: { email: { in: demoEmails } } })) {
    throw new Error("The demo accounts already exist: this database has been seeded.");
  }
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  const before: Before = {
    tagIds: ids(await db.tag.findMany({ select: { id: true } })),
    outletIds: ids(await db.outlet.findMany({ select: { id: true } })),
    missionIds: ids(await db.foreignMission.findMany({ select: { id: true } })),
    delegationIds: ids(await db.delegation.findMany({ select: { id: true } })),
  };
  const seeded = await createPeopleAndSections();
  try {
    for (const story of STORIES) await seedStory(story, seeded);
    const directory = await seedDirectory(seeded.people.press);
    await seedTrips({ press: seeded.people.press, chief: seeded.people.chief }, directory);
    await seedDelegations({ press: seeded.people.press, chief: seeded.people.chief });
  } catch (error) {
    try {
      await removePartialSeed(seeded, before);
    } catch (cleanupError) {
      throw new AggregateError(
        [error, cleanupError],
        "Seeding failed and removing its partial data failed too: reset the database (npm run db:migrate -- reset --force) before seeding again.",
      );
    }
    throw error;
  }
}

/** Seeds a database that has no users yet; answers whether it did. */
export async function seedIfEmpty(): Promise<boolean> {
  assertNotProduction();
  if ((await db.user.count()) > 0) return false;
  await seed();
  return true;
}

async function describeSeed(): Promise<string> {
  const [byStatus, stories, snapshots, transitions, tags, contacts, trips, delegations] = await Promise.all([
    db.article.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } }),
    db.translationGroup.count(),
    db.publishedArticle.count(),
    db.articleTransition.count(),
    db.tag.count(),
    db.pressContact.count(),
    db.trip.count(),
    db.delegation.count(),
  ]);
  const articles = byStatus.reduce((sum, row) => sum + row._count._all, 0);
  return [
    `Seeded demo data. Accounts (password "${DEMO_PASSWORD}"):`,
    ...Object.values(DEMO_USERS).map(({ email, role }) => `  ${email.padEnd(24)} ${role}`),
    `${CATEGORIES.length} sections, ${tags} tags, ${stories} stories in ${articles} articles: ` +
      byStatus.map((row) => `${row.status} ${row._count._all}`).join(", "),
    `${transitions} workflow transitions, ${snapshots} published snapshots on the reader site.`,
    `${contacts} people in the press-contacts directory, ${trips} field trips, ${delegations} delegation applications.`,
  ].join("\n");
}

/** `npm run db:seed`: open and migrate the dev runner's database, seed it if empty, say what happened. */
async function main(): Promise<void> {
  // Before anything touches the database: even the migrations would be writes.
  assertNotProduction();
  await withDatabase(async (databaseUrl) => {
    const applied = await deployMigrations(databaseUrl);
    if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
    process.env.DATABASE_URL = databaseUrl;
    await setLocalDataKeys();
    try {
      console.log((await seedIfEmpty()) ? await describeSeed() : "The database already has users: nothing seeded.");
    } finally {
      await disconnectDb();
    }
  });
}

const isDirectRun = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isDirectRun) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
