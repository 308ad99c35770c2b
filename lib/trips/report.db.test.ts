/**
 * The trip report on a known data set, and the draft article built from it:
 * exactly one DRAFT with a valid body, its first revision, the link and the
 * history row, all in one transaction that leaves nothing when a step fails.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { richTextDocSchema } from "@/lib/articles/rich-text";
import { db } from "@/lib/db";
import type { TripParticipantStatus } from "@/lib/generated/prisma/enums";
import { articles, users, type TestUser } from "@/lib/test/factories";
import { refusal } from "@/lib/test/refusal";
import { contacts, outlets, trips } from "@/lib/test/trip-factories";
import { addCoverage, linkTripArticle } from "./coverage";
import { addCoverageSchema } from "./coverage-schemas";
import { getTripReport } from "./report";
import { createDraftFromReport } from "./report-draft";

let press: TestUser;
let admin: TestUser;
let editor: TestUser;
let writer: TestUser;
let tripId: string;
const SECRET_NAMES = ["Camille Secretname", "Hiroshi Hiddenname", "Jonas Privatename", "Amélie Absentname"];

async function participant(status: TripParticipantStatus, fields: { latinName: string; nationality: string; outletId?: string; missionId?: string }) {
  const contact = await contacts.create({ createdById: press.id, latinName: fields.latinName, nationality: fields.nationality, outletId: fields.outletId ?? null, email: "private@example.org", phone: "+33 1 23 45 67 89", needs: "Vegetarian" });
  if (fields.missionId) await db.pressContact.update({ where: { id: contact.id }, data: { missionId: fields.missionId } });
  await db.tripParticipant.create({ data: { tripId, contactId: contact.id, status, invitedById: press.id } });
}

const cover = (fields: Record<string, unknown>) =>
  addCoverage({ actor: press, input: addCoverageSchema.parse({ tripId, title: "Story", language: "fr", publishedOn: "2023-09-19", tone: "NEUTRAL", ...fields }) });

beforeAll(async () => {
  [press, admin, editor, writer] = await Promise.all([
    users.create({ roles: ["PRESS_OFFICER"] }),
    users.create({ roles: ["ADMIN"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["WRITER"] }),
  ]);
  tripId = (await trips.create({ createdById: press.id, status: "COMPLETED", startsOn: "2023-09-16", endsOn: "2023-09-18", provinceCodes: ["DLK"], topic: "the province's economic and social development" })).id;
  const [lemonde, nhk] = await Promise.all([outlets.create({ name: "Le Monde" }), outlets.create({ name: "NHK", kind: "TV", country: "JP" })]);
  const embassy = await db.foreignMission.create({ data: { name: "Embassy of Germany", kind: "EMBASSY", country: "DE", city: "Hà Nội" } });
  await participant("ACCEPTED", { latinName: SECRET_NAMES[0], nationality: "FR", outletId: lemonde.id });
  await participant("ATTENDED", { latinName: "Louis Lemonde", nationality: "FR", outletId: lemonde.id });
  await participant("ATTENDED", { latinName: SECRET_NAMES[1], nationality: "JP", outletId: nhk.id });
  await participant("ACCEPTED", { latinName: SECRET_NAMES[2], nationality: "DE", missionId: embassy.id });
  await participant("NO_SHOW", { latinName: SECRET_NAMES[3], nationality: "FR", outletId: lemonde.id });
  await participant("DECLINED", { latinName: "Declined Person", nationality: "US" });
  await participant("WAITLISTED", { latinName: "Waiting Person", nationality: "GB" });
  await participant("INVITED", { latinName: "Invited Person", nationality: "IT" });
  await cover({ outletId: lemonde.id, title: "Le café du Đắk Lắk", url: "https://www.lemonde.fr/cafe", reach: 1000, tone: "POSITIVE" });
  await cover({ outletId: lemonde.id, title: "Les hauts plateaux", url: "https://www.lemonde.fr/plateaux", publishedOn: "2023-09-25" });
  await cover({ outletId: nhk.id, title: "ダクラク省", url: "https://www3.nhk.or.jp/dak-lak", language: "ja", reach: 5000, tone: "POSITIVE", publishedOn: "2023-09-18" });
  await cover({ title: "A blog post", url: "https://blog.example.org/dak-lak", language: "en", reach: 200, tone: "NEGATIVE" });
});

describe("the report", () => {
  test("sums participants by country and party, coverage by outlet and language, reach and tone", async () => {
    const story = await articles.insert({ author: admin, status: "PUBLISHED", title: "Đoàn phóng viên thăm Đắk Lắk" });
    await linkTripArticle({ actor: press, input: { tripId, articleId: story.id } });
    const report = await getTripReport({ actor: editor, tripId });
    expect(report.participants).toEqual({
      withSeat: 4,
      noShows: 1,
      byCountry: [
        { key: "FR", count: 2 },
        { key: "DE", count: 1 },
        { key: "JP", count: 1 },
      ],
      byParty: [
        { kind: "outlet", name: "Le Monde", count: 2 },
        { kind: "mission", name: "Embassy of Germany", count: 1 },
        { kind: "outlet", name: "NHK", count: 1 },
      ],
    });
    expect(report.coverage).toMatchObject({
      total: 4,
      byOutlet: [
        { name: "Le Monde", count: 2, reach: 1000 },
        { name: "NHK", count: 1, reach: 5000 },
        { outletId: null, name: null, count: 1, reach: 200 },
      ],
      byLanguage: [
        { key: "fr", count: 2 },
        { key: "en", count: 1 },
        { key: "ja", count: 1 },
      ],
      knownReach: 6200,
      unknownReach: 1,
      tone: { POSITIVE: 2, NEUTRAL: 1, NEGATIVE: 1 },
      firstOn: "2023-09-18",
      lastOn: "2023-09-25",
    });
    expect(report.articles).toEqual([{ id: story.id, title: expect.any(String), locale: "vi", status: "PUBLISHED", publishedSlug: story.slug }]);
    const serialized = JSON.stringify(report);
    for (const secret of [...SECRET_NAMES, "private@example.org", "+33 1 23", "Vegetarian"]) expect(serialized).not.toContain(secret);
    await db.tripArticle.deleteMany({ where: { tripId } });
  });

  test("writers get nothing", async () => {
    expect((await refusal(getTripReport({ actor: writer, tripId }))).code).toBe("FORBIDDEN");
  });
});

const counts = async () => ({
  articles: await db.article.count(),
  groups: await db.translationGroup.count(),
  revisions: await db.articleRevision.count(),
  links: await db.tripArticle.count({ where: { tripId } }),
  drafted: await db.tripActivity.count({ where: { tripId, kind: "REPORT_DRAFTED" } }),
});

describe("a draft article from the report", () => {
  test("a press officer's click makes one DRAFT with a valid body, its first revision, the link and a history row", async () => {
    const before = await counts();
    const draft = await createDraftFromReport({ actor: press, tripId, locale: "en" });
    expect(draft.canOpen).toBe(false);
    expect(await counts()).toEqual({ ...before, articles: before.articles + 1, groups: before.groups + 1, revisions: before.revisions + 1, links: before.links + 1, drafted: before.drafted + 1 });

    const article = await db.article.findUniqueOrThrow({
      where: { id: draft.articleId },
      select: { status: true, locale: true, title: true, sapo: true, body: true, createdById: true, version: true, authors: { select: { userId: true } }, revisions: { select: { number: true, kind: true, title: true, version: true } } },
    });
    expect(article).toMatchObject({ status: "DRAFT", locale: "en", createdById: press.id, version: 1, authors: [{ userId: press.id }] });
    expect(article.title).toBe("Foreign reporters' field trip to Dak Lak, 16–18 September 2023");
    expect(article.revisions).toEqual([{ number: 1, kind: "CREATED", title: article.title, version: 1 }]);
    expect(richTextDocSchema.safeParse(article.body).success).toBe(true);
    const body = JSON.stringify(article.body);
    expect(body).toContain("France: 2");
    expect(body).toContain("https://www.lemonde.fr/cafe");
    for (const secret of SECRET_NAMES) expect(`${body}${article.sapo}`).not.toContain(secret);
    const activity = await db.tripActivity.findFirstOrThrow({ where: { tripId, kind: "REPORT_DRAFTED" }, select: { actorId: true, detail: true } });
    expect(activity).toEqual({ actorId: press.id, detail: { articleId: draft.articleId, locale: "en" } });
  });

  test("the desk may (trip.read and article.create) and gets a link to the editor; writers may not", async () => {
    const draft = await createDraftFromReport({ actor: editor, tripId, locale: "vi" });
    expect(draft.canOpen).toBe(true);
    expect((await db.article.findUniqueOrThrow({ where: { id: draft.articleId }, select: { title: true } })).title).toMatch(/^Đoàn phóng viên nước ngoài thăm Đắk Lắk, 16–18 tháng 9/);
    const before = await counts();
    expect((await refusal(createDraftFromReport({ actor: writer, tripId, locale: "vi" }))).code).toBe("FORBIDDEN");
    expect(await counts()).toEqual(before);
  });

  test("not before the trip has begun", async () => {
    const planned = await trips.create({ createdById: press.id, status: "CONFIRMED" });
    expect((await refusal(createDraftFromReport({ actor: press, tripId: planned.id, locale: "vi" }))).code).toBe("INVALID_TRANSITION");
  });

  test("when the last step fails, nothing of the draft is left: no article, group, revision or link", async () => {
    // A real failure in the database at the very last write (the history row), not a mock.
    await db.$executeRawUnsafe(`
      CREATE FUNCTION refuse_report_drafted() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'history refused'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`
      CREATE TRIGGER refuse_report_drafted BEFORE INSERT ON trip_activity
      FOR EACH ROW WHEN (NEW.kind = 'REPORT_DRAFTED') EXECUTE FUNCTION refuse_report_drafted()`);
    try {
      const before = await counts();
      await expect(createDraftFromReport({ actor: press, tripId, locale: "vi" })).rejects.toThrow(/history refused/);
      expect(await counts()).toEqual(before);
    } finally {
      await db.$executeRawUnsafe("DROP TRIGGER refuse_report_drafted ON trip_activity");
      await db.$executeRawUnsafe("DROP FUNCTION refuse_report_drafted()");
    }
  });

  test("two drafts in the same locale get their own slugs", async () => {
    const [a, b] = await Promise.all([createDraftFromReport({ actor: press, tripId, locale: "en" }), createDraftFromReport({ actor: press, tripId, locale: "en" })]);
    const slugs = await db.article.findMany({ where: { id: { in: [a.articleId, b.articleId] } }, select: { slug: true } });
    expect(new Set(slugs.map((row) => row.slug)).size).toBe(2);
  });
});
