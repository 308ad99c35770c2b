/**
 * Recording a trip's coverage and linking our articles, on a real database:
 * field errors with nothing written, compare-and-set, who may, and the
 * history rows each change leaves.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import type { TripStatus } from "@/lib/generated/prisma/enums";
import { articles, users, type TestUser } from "@/lib/test/factories";
import { refusal } from "@/lib/test/refusal";
import { outlets, trips } from "@/lib/test/trip-factories";
import { addCoverage, linkTripArticle, listTripCoverage, removeCoverage, unlinkTripArticle, updateCoverage } from "./coverage";
import { addCoverageSchema, removeCoverageSchema, tripArticleSchema, updateCoverageSchema } from "./coverage-schemas";
import { searchArticlesToLink } from "./report";

let press: TestUser;
let admin: TestUser;
let editor: TestUser;
let writer: TestUser;
let outletId: string;

const tripIn = (status: TripStatus = "COMPLETED") => trips.create({ createdById: press.id, status, startsOn: "2023-09-16", endsOn: "2023-09-18" });

const story = (tripId: string, fields: Record<string, unknown> = {}) =>
  addCoverageSchema.safeParse({ tripId, outletId, title: "Đắk Lắk's coffee economy", url: "https://www.lemonde.fr/dak-lak", language: "fr", publishedOn: "2023-09-20", reach: "12000", tone: "POSITIVE", ...fields });

const coverageRows = (tripId: string) => db.tripCoverage.count({ where: { tripId } });
const history = (tripId: string) => db.tripActivity.findMany({ where: { tripId }, orderBy: { createdAt: "asc" }, select: { kind: true, actorId: true, detail: true } });

beforeAll(async () => {
  [press, admin, editor, writer] = await Promise.all([
    users.create({ roles: ["PRESS_OFFICER"] }),
    users.create({ roles: ["ADMIN"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["WRITER"] }),
  ]);
  outletId = (await outlets.create({ name: "Le Monde" })).id;
});

describe("the boundary refuses bad coverage with field errors", () => {
  test("schemes other than http/https, javascript: included, and a negative reach", async () => {
    const { id } = await tripIn();
    const fieldsOf = (fields: Record<string, unknown>) => {
      const parsed = story(id, fields);
      expect(parsed.success).toBe(false);
      return Object.keys(parsed.error?.flatten().fieldErrors ?? {});
    };
    expect(fieldsOf({ url: "javascript:alert(document.cookie)" })).toEqual(["url"]);
    expect(fieldsOf({ url: "ftp://lemonde.fr/x" })).toEqual(["url"]);
    expect(fieldsOf({ url: "data:text/html,<script>alert(1)</script>" })).toEqual(["url"]);
    expect(fieldsOf({ url: `https://lemonde.fr/${"a".repeat(2000)}` })).toEqual(["url"]);
    expect(fieldsOf({ reach: "-5" })).toEqual(["reach"]);
    expect(fieldsOf({ reach: "1.5" })).toEqual(["reach"]);
    expect(fieldsOf({ language: "French" })).toEqual(["language"]);
    expect(fieldsOf({ title: "  " })).toEqual(["title"]);
    expect(fieldsOf({ publishedOn: "2023-02-30" })).toEqual(["publishedOn"]);
    expect(story(id, { createdById: press.id }).error?.issues[0].message).toBe("validation.unknownField");
    expect(story(id, { reach: "", outletId: "" }).data).toMatchObject({ reach: null, outletId: null });
  });

  test("a story dated before the trip began, or an address already recorded, is a field error and writes nothing", async () => {
    const { id } = await tripIn();
    const early = await refusal(addCoverage({ actor: press, input: story(id, { publishedOn: "2023-09-15" }).data! }));
    expect(early.code).toBe("VALIDATION");
    expect(early.fieldErrors).toEqual({ publishedOn: ["coverage.beforeTrip"] });
    expect(await coverageRows(id)).toBe(0);

    await addCoverage({ actor: press, input: story(id).data! });
    const again = await refusal(addCoverage({ actor: press, input: story(id, { title: "Another title" }).data! }));
    expect(again.fieldErrors).toEqual({ url: ["coverage.duplicateUrl"] });
    expect(await coverageRows(id)).toBe(1);
    expect((await history(id)).map((row) => row.kind)).toEqual(["COVERAGE_ADDED"]);
  });

  test("an unknown outlet is a field error", async () => {
    const { id } = await tripIn();
    const error = await refusal(addCoverage({ actor: press, input: story(id, { outletId: "3f1e0a8e-3c55-4b8e-9a55-5b9b3f2d1a11" }).data! }));
    expect(error.fieldErrors).toEqual({ outletId: ["coverage.unknownOutlet"] });
    expect(await coverageRows(id)).toBe(0);
  });
});

describe("compare-and-set and history", () => {
  test("edit and remove over the version loaded; a stale version is CONFLICT and changes nothing", async () => {
    const { id } = await tripIn("ONGOING");
    const added = await addCoverage({ actor: press, input: story(id).data! });
    const edit = (version: number, title: string) =>
      updateCoverage({ actor: press, input: updateCoverageSchema.parse({ ...story(id, { title }).data, coverageId: added.id, version }) });

    expect((await edit(added.version, "First edit")).version).toBe(2);
    expect((await refusal(edit(added.version, "Stale edit"))).code).toBe("CONFLICT");
    const stale = removeCoverageSchema.parse({ tripId: id, coverageId: added.id, version: 1 });
    expect((await refusal(removeCoverage({ actor: press, input: stale }))).code).toBe("CONFLICT");
    const [row] = await listTripCoverage({ actor: editor, tripId: id });
    expect(row).toMatchObject({ title: "First edit", version: 2, reach: 12000, tone: "POSITIVE", publishedOn: "2023-09-20", outlet: { name: "Le Monde" } });

    await removeCoverage({ actor: press, input: { ...stale, version: 2 } });
    expect(await coverageRows(id)).toBe(0);
    expect((await refusal(removeCoverage({ actor: press, input: { ...stale, version: 2 } }))).code).toBe("NOT_FOUND");
    expect((await history(id)).map((entry) => entry.kind)).toEqual(["COVERAGE_ADDED", "COVERAGE_UPDATED", "COVERAGE_REMOVED"]);
  });

  test("a story of another trip is unknown (404) through this one", async () => {
    const [mine, other] = await Promise.all([tripIn(), tripIn()]);
    const added = await addCoverage({ actor: press, input: story(other.id).data! });
    const input = removeCoverageSchema.parse({ tripId: mine.id, coverageId: added.id, version: added.version });
    expect((await refusal(removeCoverage({ actor: press, input }))).code).toBe("NOT_FOUND");
    expect(await coverageRows(other.id)).toBe(1);
  });
});

describe("who may", () => {
  test("writers get 403, editors read only, press officers and admins write", async () => {
    const { id } = await tripIn();
    expect((await refusal(addCoverage({ actor: writer, input: story(id).data! }))).code).toBe("FORBIDDEN");
    expect((await refusal(listTripCoverage({ actor: writer, tripId: id }))).code).toBe("FORBIDDEN");
    expect((await refusal(addCoverage({ actor: editor, input: story(id).data! }))).code).toBe("FORBIDDEN");
    await addCoverage({ actor: press, input: story(id).data! });
    await addCoverage({ actor: admin, input: story(id, { url: "https://www3.nhk.or.jp/news/dak-lak" }).data! });
    expect(await listTripCoverage({ actor: editor, tripId: id })).toHaveLength(2);
  });

  test("coverage waits for the trip to begin", async () => {
    const { id } = await tripIn("CONFIRMED");
    expect((await refusal(addCoverage({ actor: press, input: story(id).data! }))).code).toBe("INVALID_TRANSITION");
    expect(await coverageRows(id)).toBe(0);
  });

  test("unknown and malformed trip ids answer 404", async () => {
    expect((await refusal(listTripCoverage({ actor: press, tripId: "3f1e0a8e-3c55-4b8e-9a55-5b9b3f2d1a11" }))).code).toBe("NOT_FOUND");
    expect((await refusal(listTripCoverage({ actor: press, tripId: "../etc" }))).code).toBe("NOT_FOUND");
  });
});

describe("our articles", () => {
  test("press officers find and link published stories only; the desk's admin any article; links are recorded once", async () => {
    const { id } = await tripIn();
    const published = await articles.insert({ author: admin, status: "PUBLISHED", title: "Phóng viên nước ngoài tìm hiểu cà phê Đắk Lắk" });
    const draft = await articles.insert({ author: admin, status: "DRAFT", title: "Bản nháp về Đắk Lắk chưa đăng" });

    const offered = await searchArticlesToLink({ actor: press, tripId: id, q: "dak lak" });
    expect(offered.map((option) => option.id)).toContain(published.id);
    expect(offered.map((option) => option.id)).not.toContain(draft.id);
    expect((await searchArticlesToLink({ actor: admin, tripId: id, q: "DAK LAK" })).map((option) => option.id)).toEqual(expect.arrayContaining([published.id, draft.id]));

    const link = (actor: TestUser, articleId: string) => linkTripArticle({ actor, input: tripArticleSchema.parse({ tripId: id, articleId }) });
    expect((await refusal(link(press, draft.id))).code).toBe("NOT_FOUND");
    expect((await refusal(link(editor, published.id))).code).toBe("FORBIDDEN");
    await link(press, published.id);
    await link(press, published.id);
    await link(admin, draft.id);
    expect(await db.tripArticle.count({ where: { tripId: id } })).toBe(2);
    expect(await searchArticlesToLink({ actor: press, tripId: id, q: "dak lak" })).not.toContainEqual(expect.objectContaining({ id: published.id }));

    await unlinkTripArticle({ actor: press, input: { tripId: id, articleId: draft.id } });
    expect((await refusal(unlinkTripArticle({ actor: press, input: { tripId: id, articleId: draft.id } }))).code).toBe("NOT_FOUND");
    expect((await history(id)).map((entry) => entry.kind)).toEqual(["ARTICLE_LINKED", "ARTICLE_LINKED", "ARTICLE_UNLINKED"]);
  });
});
