/**
 * The newsroom's article list and editor data on a real database: keyset pages
 * that walk forward and back without gaps or repeats, filters, the capped
 * count, and the editor's workflow flags computed by the policy.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { articles, categories, users, type TestUser } from "@/lib/test/factories";
import { ARTICLE_PAGE_SIZE, getArticleForEditor, listArticles, listAuthorCandidates, listCategories } from "./queries";
import { articleListFiltersSchema } from "./schemas";

let writer: TestUser;
let otherWriter: TestUser;
let editor: TestUser;
let chief: TestUser;
let pressOfficer: TestUser;

const filters = (raw: Record<string, string> = {}) => articleListFiltersSchema.parse(raw);

beforeAll(async () => {
  [writer, otherWriter, editor, chief, pressOfficer] = await Promise.all([
    users.create({ roles: ["WRITER"] }),
    users.create({ roles: ["WRITER"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["CHIEF_EDITOR"] }),
    users.create({ roles: ["PRESS_OFFICER"] }),
  ]);
});

describe("listArticles", () => {
  let ids: string[];

  beforeAll(async () => {
    // 60 drafts by one writer, some sharing an updatedAt to the millisecond.
    const created = [];
    for (let index = 0; index < 60; index++) created.push(await articles.insert({ author: otherWriter, status: "DRAFT" }));
    ids = created.map((article) => article.id);
    const base = Date.UTC(2025, 0, 1);
    await Promise.all(
      ids.map((id, index) => db.article.update({ where: { id }, data: { updatedAt: new Date(base + Math.floor(index / 3) * 1000) } })),
    );
  });

  const mine = () => filters({ authorId: otherWriter.id });

  test("walks every page forward and back, newest first, without gaps or repeats", async () => {
    const seen: string[] = [];
    const pages: string[][] = [];
    let page = await listArticles({ actor: editor, filters: mine() });
    expect(page.previousCursor).toBeNull();
    for (;;) {
      pages.push(page.items.map((item) => item.id));
      seen.push(...page.items.map((item) => item.id));
      if (!page.nextCursor) break;
      page = await listArticles({ actor: editor, filters: filters({ authorId: otherWriter.id, cursor: page.nextCursor, direction: "next" }) });
    }
    expect(pages.map((items) => items.length)).toEqual([ARTICLE_PAGE_SIZE, ARTICLE_PAGE_SIZE, 10]);
    expect(new Set(seen).size).toBe(60);
    expect(new Set(seen)).toEqual(new Set(ids));

    const rows = await db.article.findMany({ where: { id: { in: seen } }, select: { id: true, updatedAt: true } });
    const times = new Map(rows.map((row) => [row.id, row.updatedAt.getTime()]));
    const ordered = seen.map((id) => times.get(id)!);
    expect(ordered).toEqual([...ordered].sort((a, b) => b - a));

    // Back from the last page: the same pages in reverse.
    for (let index = pages.length - 2; index >= 0; index--) {
      page = await listArticles({ actor: editor, filters: filters({ authorId: otherWriter.id, cursor: page.previousCursor!, direction: "prev" }) });
      expect(page.items.map((item) => item.id)).toEqual(pages[index]);
    }
    expect(page.previousCursor).toBeNull();
  });

  test("oldest-first is the exact reverse order", async () => {
    const newest = await listArticles({ actor: editor, filters: mine() });
    const seen: string[] = [];
    let page = await listArticles({ actor: editor, filters: filters({ authorId: otherWriter.id, sort: "updated-asc" }) });
    for (;;) {
      seen.push(...page.items.map((item) => item.id));
      if (!page.nextCursor) break;
      page = await listArticles({
        actor: editor,
        filters: filters({ authorId: otherWriter.id, sort: "updated-asc", cursor: page.nextCursor, direction: "next" }),
      });
    }
    expect(seen.slice(-ARTICLE_PAGE_SIZE).reverse()).toEqual(newest.items.map((item) => item.id));
  });

  test("counts what matches and treats a forged cursor as the first page", async () => {
    const first = await listArticles({ actor: editor, filters: mine() });
    expect(first.total).toBe(60);
    expect(first.totalIsCapped).toBe(false);
    const forged = await listArticles({ actor: editor, filters: filters({ authorId: otherWriter.id, cursor: "not-a-cursor", direction: "prev" }) });
    expect(forged.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
  });

  test("filters by state, locale, category and diacritics-insensitive text", async () => {
    const category = await categories.create();
    const match = await articles.create({ author: writer, locale: "en", title: "Reporters in Đắk Lắk coffee country", categoryId: category.id });
    await articles.create({ author: writer, locale: "vi", title: "Cà phê Buôn Ma Thuột", categoryId: category.id });

    const byText = await listArticles({ actor: writer, filters: filters({ q: "dak lak COFFEE" }) });
    expect(byText.items.map((item) => item.id)).toEqual([match.id]);

    const byLocaleAndCategory = await listArticles({ actor: writer, filters: filters({ locale: "en", categoryId: category.id }) });
    expect(byLocaleAndCategory.items.map((item) => item.id)).toEqual([match.id]);
    expect(byLocaleAndCategory.items[0].categoryName).toBe("Đối ngoại");

    const inReview = await listArticles({ actor: writer, filters: filters({ status: "IN_REVIEW", categoryId: category.id }) });
    expect(inReview.items).toEqual([]);
    expect(inReview.total).toBe(0);

    // LIKE wildcards are searched for literally, not as "anything".
    const wildcard = await listArticles({ actor: writer, filters: filters({ q: "%" }) });
    expect(wildcard.total).toBeGreaterThan(0);
    const underscore = await listArticles({ actor: writer, filters: filters({ q: "d_k l_k" }) });
    expect(underscore.items).toEqual([]);
  });

  test("is refused to someone without newsroom access", async () => {
    await expect(listArticles({ actor: pressOfficer, filters: filters() })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("getArticleForEditor", () => {
  test("gives a writer their draft to edit and only the steps they may take", async () => {
    const draft = await articles.create({ author: writer });
    const data = await getArticleForEditor({ actor: writer, articleId: draft.id });
    expect(data.canEdit).toBe(true);
    expect(data.allowedTransitions.map((option) => option.to).sort()).toEqual(["ARCHIVED", "IN_REVIEW"]);
    expect(data.version).toBe(draft.version);
    expect(data.authors.map((author) => author.id)).toEqual([writer.id]);
    expect(data.missingLocales).toEqual(["en"]);
  });

  test("a writer never gets Publish, a chief editor does; request changes needs a note", async () => {
    const approved = await articles.inState({ author: writer, status: "APPROVED" });
    const forWriter = await getArticleForEditor({ actor: writer, articleId: approved.id });
    expect(forWriter.canEdit).toBe(false);
    // Once the desk has approved it, the writer neither withdraws, publishes nor reviews it.
    expect(forWriter.allowedTransitions).toEqual([]);

    const forChief = await getArticleForEditor({ actor: chief, articleId: approved.id });
    expect(forChief.allowedTransitions).toContainEqual({ to: "PUBLISHED", requiresNote: false });
    expect(forChief.allowedTransitions).toContainEqual({ to: "CHANGES_REQUESTED", requiresNote: true });
    expect(forChief.timeline.map((entry) => [entry.from, entry.to])).toEqual([
      ["DRAFT", "IN_REVIEW"],
      ["IN_REVIEW", "APPROVED"],
    ]);
  });

  test("a story readers can see is not offered for archiving", async () => {
    const published = await articles.inState({ author: writer, status: "PUBLISHED" });
    const data = await getArticleForEditor({ actor: chief, articleId: published.id });
    expect(data.publishedSlug).toBe(published.slug);
    expect(data.allowedTransitions.map((option) => option.to)).toEqual(["UNPUBLISHED"]);
  });

  test("lists the story's other language versions", async () => {
    const vi = await articles.create({ author: writer });
    const { translationGroupId } = await db.article.findUniqueOrThrow({ where: { id: vi.id }, select: { translationGroupId: true } });
    const en = await articles.create({ author: writer, locale: "en", translationGroupId });
    const data = await getArticleForEditor({ actor: editor, articleId: vi.id });
    expect(data.translations.map((translation) => translation.id)).toEqual([en.id]);
    expect(data.missingLocales).toEqual([]);
  });

  test("unknown and malformed ids are NOT_FOUND; no newsroom access is FORBIDDEN", async () => {
    await expect(getArticleForEditor({ actor: editor, articleId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getArticleForEditor({ actor: editor, articleId: "1 or 1=1" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const draft = await articles.create({ author: writer });
    await expect(getArticleForEditor({ actor: pressOfficer, articleId: draft.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("pickers", () => {
  test("categories are named in the requested language", async () => {
    const category = await categories.create({ names: { vi: "Di sản", en: "Heritage" } });
    const en = await listCategories({ actor: writer, locale: "en" });
    expect(en).toContainEqual({ id: category.id, name: "Heritage" });
  });

  test("author candidates are active people who can write", async () => {
    const inactive = await users.create({ roles: ["WRITER"], isActive: false });
    const candidates = (await listAuthorCandidates({ actor: writer })).map((person) => person.id);
    expect(candidates).toEqual(expect.arrayContaining([writer.id, editor.id, chief.id]));
    expect(candidates).not.toContain(pressOfficer.id);
    expect(candidates).not.toContain(inactive.id);
  });
});
