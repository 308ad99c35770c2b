/**
 * Related news on a real database: the reader query resolves translation
 * groups to published snapshots only, in the locale asked for and in the
 * writer's order; the newsroom picker offers published stories only and
 * passes the policy.
 */
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { articles, uniqueLabel, users, type TestUser } from "@/lib/test/factories";
import { listPublishedStoriesByGroupIds } from "./public-queries";
import { searchPublishedStories } from "./queries";

let writer: TestUser;
let pressOfficer: TestUser;
let label: string;
type Inserted = Awaited<ReturnType<typeof articles.insert>>;
let published: Inserted;
let publishedToo: Inserted;
let draft: Inserted;
let inReview: Inserted;
let englishOnly: Inserted;

beforeAll(async () => {
  [writer, pressOfficer] = await Promise.all([users.create({ roles: ["WRITER"] }), users.create({ roles: ["PRESS_OFFICER"] })]);
  label = uniqueLabel("lienquan");
  published = await articles.insert({ author: writer, status: "PUBLISHED", title: `Đắk Lắk ${label} một` });
  publishedToo = await articles.insert({ author: writer, status: "PUBLISHED", title: `Hà Nội ${label} hai` });
  draft = await articles.insert({ author: writer, status: "DRAFT", title: `Bản nháp ${label} ba` });
  inReview = await articles.insert({ author: writer, status: "IN_REVIEW", title: `Đang duyệt ${label} bốn` });
  englishOnly = await articles.insert({ author: writer, status: "PUBLISHED", locale: "en", title: `Hanoi ${label} five` });
});

describe("listPublishedStoriesByGroupIds", () => {
  test("returns only published stories of the locale, in the order asked, and ignores unknown or malformed ids", async () => {
    const stories = await listPublishedStoriesByGroupIds({
      locale: "vi",
      translationGroupIds: [draft.translationGroupId, publishedToo.translationGroupId, englishOnly.translationGroupId, randomUUID(), "1' OR '1'='1", inReview.translationGroupId, published.translationGroupId],
    });
    expect(stories).toEqual([
      { translationGroupId: publishedToo.translationGroupId, title: `Hà Nội ${label} hai`, slug: publishedToo.slug },
      { translationGroupId: published.translationGroupId, title: `Đắk Lắk ${label} một`, slug: published.slug },
    ]);
  });

  test("a story published only in English is related news on English pages only", async () => {
    const ids = [published.translationGroupId, englishOnly.translationGroupId];
    expect((await listPublishedStoriesByGroupIds({ locale: "en", translationGroupIds: ids })).map((story) => story.slug)).toEqual([englishOnly.slug]);
  });

  test("no ids, no query", async () => {
    expect(await listPublishedStoriesByGroupIds({ locale: "vi", translationGroupIds: [] })).toEqual([]);
  });
});

describe("searchPublishedStories (the editor's picker)", () => {
  test("finds published stories by title text, never drafts or stories in review", async () => {
    const options = await searchPublishedStories({ actor: writer, locale: "vi", q: label });
    expect(options.map((option) => option.translationGroupId).sort()).toEqual(
      [published.translationGroupId, publishedToo.translationGroupId, englishOnly.translationGroupId].sort(),
    );
    expect(options.find((option) => option.translationGroupId === englishOnly.translationGroupId)?.locales).toEqual(["en"]);
  });

  test("names the groups a block holds, published ones only, in the block's order", async () => {
    const options = await searchPublishedStories({
      actor: writer,
      locale: "vi",
      translationGroupIds: [publishedToo.translationGroupId, draft.translationGroupId, published.translationGroupId],
    });
    expect(options.map((option) => option.title)).toEqual([`Hà Nội ${label} hai`, `Đắk Lắk ${label} một`]);
  });

  test("an empty query offers nothing; someone without newsroom access is refused", async () => {
    expect(await searchPublishedStories({ actor: writer, locale: "vi", q: "  " })).toEqual([]);
    await expect(searchPublishedStories({ actor: pressOfficer, locale: "vi", q: label })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
