/**
 * Revisions, restore and autosave on a real database: every save keeps exactly
 * one revision in its own transaction, restore is a save through the same
 * compare-and-set, and autosave never touches the shared article.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { articles, categories, users, type TestUser } from "@/lib/test/factories";
import { autosaveArticle, discardArticleAutosave, getArticleAutosave } from "./autosave";
import { transitionArticle, updateArticle } from "./mutations";
import { docFromParagraphs } from "./rich-text";
import { compareDraftWithLatest, diffRevisions, getRevisionOrThrow, listArticleRevisions, restoreRevision } from "./revisions";
import { updateArticleSchema, workingCopySchema, type UpdateArticleInput } from "./schemas";

let writer: TestUser;
let otherWriter: TestUser;
let editor: TestUser;
let chief: TestUser;
let pressOfficer: TestUser;

beforeAll(async () => {
  [writer, otherWriter, editor, chief, pressOfficer] = await Promise.all([
    users.create({ roles: ["WRITER"], name: "Nguyễn Hồng" }),
    users.create({ roles: ["WRITER"] }),
    users.create({ roles: ["EDITOR"], name: "Trần Minh" }),
    users.create({ roles: ["CHIEF_EDITOR"] }),
    users.create({ roles: ["PRESS_OFFICER"] }),
  ]);
});

/** What the editor form would send back: the article as it is now, with `changes`. */
async function editOf(articleId: string, changes: Partial<UpdateArticleInput> = {}): Promise<UpdateArticleInput> {
  const row = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    include: { tags: { include: { tag: true } }, authors: { orderBy: { position: "asc" } } },
  });
  return updateArticleSchema.parse({
    articleId,
    version: row.version,
    title: row.title,
    slug: row.slug,
    sapo: row.sapo,
    body: row.body,
    categoryId: row.categoryId ?? "",
    byline: row.byline,
    sourceLine: row.sourceLine,
    coverImageUrl: row.coverImageUrl ?? "",
    tags: row.tags.map((entry) => entry.tag.name),
    authorIds: row.authors.map((author) => author.userId),
    ...changes,
  });
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const revisionsOf = (articleId: string) => db.articleRevision.findMany({ where: { articleId }, orderBy: { number: "asc" } });

describe("every save keeps a revision", () => {
  test("create writes revision 1 (CREATED) with the full content; each update the next number (SAVED)", async () => {
    const category = await categories.create();
    const article = await articles.create({
      author: writer,
      title: "Họp báo thường kỳ",
      sapo: "Người phát ngôn trả lời.",
      categoryId: category.id,
      tags: ["Họp báo", "ASEAN"],
      authorIds: [writer.id, editor.id],
      byline: "Nguyễn Hồng",
    });
    let [first] = await revisionsOf(article.id);
    expect(first).toMatchObject({
      number: 1,
      version: 1,
      kind: "CREATED",
      authorId: writer.id,
      title: "Họp báo thường kỳ",
      slug: article.slug,
      sapo: "Người phát ngôn trả lời.",
      categoryId: category.id,
      byline: "Nguyễn Hồng",
      authorIds: [writer.id, editor.id],
      restoredFromNumber: null,
    });
    expect([...first.tags].sort()).toEqual(["ASEAN", "Họp báo"]);

    const second = await updateArticle({ actor: writer, input: await editOf(article.id, { title: "Họp báo thường kỳ quý III" }) });
    await updateArticle({ actor: editor, input: await editOf(article.id, { body: docFromParagraphs(["Đã sửa."]) }) });
    const rows = await revisionsOf(article.id);
    [first] = rows;
    expect(rows.map((r) => [r.number, r.version, r.kind, r.authorId])).toEqual([
      [1, 1, "CREATED", writer.id],
      [2, second.version, "SAVED", writer.id],
      [3, second.version + 1, "SAVED", editor.id],
    ]);
    expect(rows[1].title).toBe("Họp báo thường kỳ quý III");
    expect(rows[2].body).toEqual(docFromParagraphs(["Đã sửa."]));
    // Old revisions are kept as they were.
    expect(first.title).toBe("Họp báo thường kỳ");
  });

  test("a workflow step bumps the version but is not a content revision", async () => {
    const article = await articles.create({ author: writer });
    await transitionArticle({ actor: writer, input: { articleId: article.id, to: "IN_REVIEW", version: article.version } });
    expect(await revisionsOf(article.id)).toHaveLength(1);
  });

  test("a CONFLICT writes no revision", async () => {
    const article = await articles.create({ author: writer });
    await updateArticle({ actor: writer, input: await editOf(article.id, { title: "Bản thắng" }) });
    const stale = await editOf(article.id, { title: "Bản cũ", version: article.version });
    expect((await refusal(updateArticle({ actor: editor, input: stale }))).code).toBe("CONFLICT");
    expect((await revisionsOf(article.id)).map((r) => r.title)).toEqual([expect.any(String), "Bản thắng"]);
  });

  test("two saves of the same version at once: one revision, numbered next", async () => {
    const article = await articles.create({ author: writer });
    const base = await editOf(article.id);
    const results = await Promise.allSettled([
      updateArticle({ actor: writer, input: { ...base, title: "Bản A" } }),
      updateArticle({ actor: editor, input: { ...base, title: "Bản B" } }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rows = await revisionsOf(article.id);
    expect(rows.map((r) => r.number)).toEqual([1, 2]);
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(rows[1]).toMatchObject({ title: row.title, version: row.version });
  });
});

describe("reading revisions", () => {
  test("listed newest first, with who and when, paginated", async () => {
    const article = await articles.create({ author: writer });
    for (const title of ["Hai", "Ba", "Bốn"]) await updateArticle({ actor: editor, input: await editOf(article.id, { title }) });
    const page = await listArticleRevisions({ actor: writer, articleId: article.id, limit: 3 });
    expect(page.items.map((r) => [r.number, r.kind, r.authorName])).toEqual([
      [4, "SAVED", "Trần Minh"],
      [3, "SAVED", "Trần Minh"],
      [2, "SAVED", "Trần Minh"],
    ]);
    expect(page.nextBefore).toBe(2);
    const rest = await listArticleRevisions({ actor: writer, articleId: article.id, limit: 3, before: page.nextBefore! });
    expect(rest).toEqual({ items: [expect.objectContaining({ number: 1, kind: "CREATED", authorName: "Nguyễn Hồng" })], nextBefore: null });
  });

  test("a press officer (no newsroom access) is FORBIDDEN; an unknown or malformed id is NOT_FOUND", async () => {
    const article = await articles.create({ author: writer });
    expect((await refusal(listArticleRevisions({ actor: pressOfficer, articleId: article.id }))).code).toBe("FORBIDDEN");
    expect((await refusal(diffRevisions({ actor: pressOfficer, articleId: article.id, from: 1, to: 1 }))).code).toBe("FORBIDDEN");
    expect((await refusal(listArticleRevisions({ actor: editor, articleId: crypto.randomUUID() }))).code).toBe("NOT_FOUND");
    expect((await refusal(listArticleRevisions({ actor: editor, articleId: "not-a-uuid" }))).code).toBe("NOT_FOUND");
    expect((await refusal(getRevisionOrThrow({ actor: editor, articleId: article.id, number: 99 }))).code).toBe("NOT_FOUND");
  });

  test("a revision number of another article is NOT_FOUND here", async () => {
    const mine = await articles.create({ author: writer });
    const other = await articles.create({ author: otherWriter });
    await updateArticle({ actor: otherWriter, input: await editOf(other.id, { title: "Khác" }) });
    expect((await refusal(getRevisionOrThrow({ actor: editor, articleId: mine.id, number: 2 }))).code).toBe("NOT_FOUND");
  });

  test("the diff of two revisions shows the inserted words and the changed metadata by name", async () => {
    const [before, after] = [await categories.create({ names: { vi: "Đối ngoại", en: "Foreign affairs" } }), await categories.create({ names: { vi: "Kinh tế", en: "Economy" } })];
    const article = await articles.create({ author: writer, categoryId: before.id, body: docFromParagraphs(["Đoàn phóng viên thăm Đắk Lắk."]) });
    await updateArticle({
      actor: editor,
      input: await editOf(article.id, { categoryId: after.id, body: docFromParagraphs(["Đoàn phóng viên nước ngoài thăm Đắk Lắk."]), authorIds: [writer.id, editor.id] }),
    });
    const { from, to, diff } = await diffRevisions({ actor: writer, articleId: article.id, from: 1, to: 2, locale: "en" });
    expect([from.number, to.number]).toEqual([1, 2]);
    expect(diff.body).toEqual([
      {
        op: "change",
        kind: "paragraph",
        kindBefore: "paragraph",
        segments: [
          { op: "equal", text: "Đoàn phóng viên " },
          { op: "insert", text: "nước ngoài " },
          { op: "equal", text: "thăm Đắk Lắk." },
        ],
      },
    ]);
    expect(diff.fields).toEqual([
      expect.objectContaining({ field: "category", before: "Foreign affairs", after: "Economy" }),
      expect.objectContaining({ field: "authors", added: ["Trần Minh"], removed: [] }),
    ]);
  });
});

describe("restore", () => {
  test("writes the old content as a new RESTORED revision and bumps the version", async () => {
    const article = await articles.create({ author: writer, title: "Bản đầu", tags: ["Một"] });
    const saved = await updateArticle({ actor: writer, input: await editOf(article.id, { title: "Bản sau", tags: ["Hai"], body: docFromParagraphs(["Khác hẳn."]) }) });
    const restored = await restoreRevision({ actor: editor, articleId: article.id, revisionNumber: 1, version: saved.version });
    expect(restored.version).toBe(saved.version + 1);
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { tags: { include: { tag: true } } } });
    const first = await getRevisionOrThrow({ actor: editor, articleId: article.id, number: 1 });
    expect(row).toMatchObject({ title: "Bản đầu", version: saved.version + 1, body: first.content.body });
    expect(row.tags.map((entry) => entry.tag.name)).toEqual(["Một"]);
    const rows = await revisionsOf(article.id);
    expect(rows.at(-1)).toMatchObject({ number: 3, kind: "RESTORED", restoredFromNumber: 1, authorId: editor.id, title: "Bản đầu", version: restored.version });
    // Nothing is lost: the revision that was restored over is still there.
    expect(rows[1].title).toBe("Bản sau");
  });

  test("a stale version is CONFLICT and writes nothing", async () => {
    const article = await articles.create({ author: writer, title: "Gốc" });
    const saved = await updateArticle({ actor: writer, input: await editOf(article.id, { title: "Mới" }) });
    const error = await refusal(restoreRevision({ actor: editor, articleId: article.id, revisionNumber: 1, version: article.version }));
    expect(error).toMatchObject({ code: "CONFLICT", details: { currentVersion: saved.version } });
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ title: "Mới", version: saved.version });
    expect(await revisionsOf(article.id)).toHaveLength(2);
  });

  test("is an edit: a writer may not restore someone else's story; a press officer may not either", async () => {
    const article = await articles.create({ author: otherWriter });
    expect((await refusal(restoreRevision({ actor: writer, articleId: article.id, revisionNumber: 1, version: article.version }))).code).toBe("FORBIDDEN");
    expect((await refusal(restoreRevision({ actor: pressOfficer, articleId: article.id, revisionNumber: 1, version: article.version }))).code).toBe("FORBIDDEN");
    expect(await revisionsOf(article.id)).toHaveLength(1);
  });

  test("an unknown revision is NOT_FOUND", async () => {
    const article = await articles.create({ author: writer });
    expect((await refusal(restoreRevision({ actor: editor, articleId: article.id, revisionNumber: 7, version: article.version }))).code).toBe("NOT_FOUND");
  });

  test("restoring a published story starts a new draft; readers keep the published snapshot", async () => {
    const article = await articles.inState({ author: writer, status: "PUBLISHED", title: "Bản đã xuất bản" });
    const edited = await updateArticle({ actor: editor, input: await editOf(article.id, { title: "Bản sửa sau xuất bản" }) });
    expect(edited.status).toBe("DRAFT");
    // Re-publish the edit, then bring back the first revision.
    let current = await transitionArticle({ actor: chief, input: { articleId: article.id, to: "IN_REVIEW", version: edited.version } });
    current = await transitionArticle({ actor: chief, input: { articleId: article.id, to: "APPROVED", version: current.version } });
    current = await transitionArticle({ actor: chief, input: { articleId: article.id, to: "PUBLISHED", version: current.version } });
    const restored = await restoreRevision({ actor: editor, articleId: article.id, revisionNumber: 1, version: current.version });
    expect(restored.status).toBe("DRAFT");
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { published: true, transitions: { orderBy: { createdAt: "desc" }, take: 1 } } });
    expect(row.title).toBe("Bản đã xuất bản");
    expect(row.published?.title).toBe("Bản sửa sau xuất bản");
    expect(row.transitions[0]).toMatchObject({ fromStatus: "PUBLISHED", toStatus: "DRAFT", actorId: editor.id });
  });
});

describe("comparing an unsaved draft with the latest save", () => {
  test("shows what the draft changes and the version to save over", async () => {
    const article = await articles.create({ author: writer, body: docFromParagraphs(["Câu gốc."]) });
    const winner = await updateArticle({ actor: editor, input: await editOf(article.id, { body: docFromParagraphs(["Câu gốc đã sửa."]) }) });
    const { articleId: _id, version: _version, ...fields } = await editOf(article.id);
    const draft = workingCopySchema.parse({ ...fields, title: "Tiêu đề của tôi", body: docFromParagraphs(["Câu gốc của tôi."]) });
    const comparison = await compareDraftWithLatest({ actor: writer, articleId: article.id, draft });
    expect(comparison.latestVersion).toBe(winner.version);
    expect(comparison.latest).toMatchObject({ number: 2, authorName: "Trần Minh" });
    expect(comparison.diff.fields).toEqual([expect.objectContaining({ field: "title", after: "Tiêu đề của tôi" })]);
    const [block] = comparison.diff.body;
    expect(block).toMatchObject({ op: "change" });
    expect(block.op === "change" && block.segments).toEqual([
      { op: "equal", text: "Câu gốc " },
      { op: "delete", text: "đã sửa" },
      { op: "insert", text: "của tôi" },
      { op: "equal", text: "." },
    ]);
  });
});

describe("autosave", () => {
  const copy = async (articleId: string, changes: Record<string, unknown>) => {
    const { articleId: _id, version: _version, ...fields } = await editOf(articleId);
    return workingCopySchema.parse({ ...fields, ...changes });
  };

  test("stores the person's working copy without touching the article row or its version", async () => {
    const article = await articles.create({ author: writer, title: "Đã lưu" });
    const before = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    await autosaveArticle({ actor: writer, articleId: article.id, baseVersion: before.version, draft: await copy(article.id, { title: "Đang gõ dở" }) });
    await autosaveArticle({ actor: writer, articleId: article.id, baseVersion: before.version, draft: await copy(article.id, { title: "Đang gõ dở hơn" }) });
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toEqual(before);
    expect(await revisionsOf(article.id)).toHaveLength(1);
    expect(await db.articleAutosave.count({ where: { articleId: article.id } })).toBe(1);
    const offer = await getArticleAutosave({ actor: writer, articleId: article.id });
    expect(offer).toMatchObject({ baseVersion: before.version, isBehind: false, content: { title: "Đang gõ dở hơn" } });
  });

  test("is per person: nobody else sees or overwrites it", async () => {
    const article = await articles.create({ author: writer });
    await autosaveArticle({ actor: writer, articleId: article.id, baseVersion: 1, draft: await copy(article.id, { title: "Của người viết" }) });
    await autosaveArticle({ actor: editor, articleId: article.id, baseVersion: 1, draft: await copy(article.id, { title: "Của biên tập viên" }) });
    expect((await getArticleAutosave({ actor: writer, articleId: article.id }))?.content.title).toBe("Của người viết");
    expect((await getArticleAutosave({ actor: editor, articleId: article.id }))?.content.title).toBe("Của biên tập viên");
    expect(await getArticleAutosave({ actor: chief, articleId: article.id })).toBeNull();
    await discardArticleAutosave({ actor: editor, articleId: article.id });
    expect(await getArticleAutosave({ actor: editor, articleId: article.id })).toBeNull();
    expect(await getArticleAutosave({ actor: writer, articleId: article.id })).not.toBeNull();
  });

  test("needs the right to edit the story", async () => {
    const article = await articles.create({ author: otherWriter });
    const draft = await copy(article.id, { title: "Không được" });
    expect((await refusal(autosaveArticle({ actor: writer, articleId: article.id, baseVersion: 1, draft }))).code).toBe("FORBIDDEN");
    expect((await refusal(autosaveArticle({ actor: pressOfficer, articleId: article.id, baseVersion: 1, draft }))).code).toBe("FORBIDDEN");
    expect(await db.articleAutosave.count({ where: { articleId: article.id } })).toBe(0);
  });

  test("a copy identical to the saved article is not offered; the person's own save consumes it", async () => {
    const article = await articles.create({ author: writer });
    await autosaveArticle({ actor: writer, articleId: article.id, baseVersion: 1, draft: await copy(article.id, {}) });
    expect(await getArticleAutosave({ actor: writer, articleId: article.id })).toBeNull();
    await autosaveArticle({ actor: writer, articleId: article.id, baseVersion: 1, draft: await copy(article.id, { title: "Sắp lưu" }) });
    await updateArticle({ actor: writer, input: await editOf(article.id, { title: "Sắp lưu" }) });
    expect(await db.articleAutosave.count({ where: { articleId: article.id, userId: writer.id } })).toBe(0);
  });

  test("a concurrent save and autosave: the save wins normally, the copy is offered as behind, and saving it is a CONFLICT", async () => {
    const article = await articles.create({ author: writer, title: "Gốc" });
    const [saved] = await Promise.all([
      updateArticle({ actor: editor, input: await editOf(article.id, { title: "Bản của biên tập viên" }) }),
      autosaveArticle({ actor: writer, articleId: article.id, baseVersion: article.version, draft: await copy(article.id, { title: "Bản người viết đang gõ" }) }),
    ]);
    expect(saved.version).toBe(article.version + 1);
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id } })).toMatchObject({ title: "Bản của biên tập viên", version: saved.version });
    const offer = await getArticleAutosave({ actor: writer, articleId: article.id });
    expect(offer).toMatchObject({ baseVersion: article.version, isBehind: true, content: { title: "Bản người viết đang gõ" } });
    // Resuming the copy resumes its version: the real save goes through the version check.
    const error = await refusal(updateArticle({ actor: writer, input: await editOf(article.id, { title: offer!.content.title, version: offer!.baseVersion }) }));
    expect(error.code).toBe("CONFLICT");
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).title).toBe("Bản của biên tập viên");
  });
});
