/**
 * Editorial comments on a real database: who may comment, threads one level
 * deep, resolve and reopen, edit and soft delete by the author only, stale
 * versions refused, and comments never reachable from the reader site.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { getPublishedStory, listLatestStories } from "@/lib/articles/public-queries";
import { db } from "@/lib/db";
import { articles, users, type TestUser } from "@/lib/test/factories";
import { refusal } from "@/lib/test/refusal";
import { addComment, deleteComment, editComment, listArticleComments, setCommentResolved } from "./comments";
import { addCommentSchema } from "./schemas";

let writer: TestUser;
let editor: TestUser;
let chief: TestUser;
let pressOfficer: TestUser;

beforeAll(async () => {
  [writer, editor, chief, pressOfficer] = await Promise.all([
    users.create({ roles: ["WRITER"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["CHIEF_EDITOR"] }),
    users.create({ roles: ["PRESS_OFFICER"] }),
  ]);
});

const comment = (articleId: string, body: string, parentId?: string) => addCommentSchema.parse({ articleId, body, parentId });
const versionOf = async (commentId: string) => (await db.articleComment.findUniqueOrThrow({ where: { id: commentId } })).version;

describe("commenting", () => {
  test("writers, editors and chiefs comment; the thread reads oldest first with its replies", async () => {
    const article = await articles.create({ author: writer });
    const question = await addComment({ actor: editor, input: comment(article.id, "Nguồn của số liệu này?\nCần dẫn rõ.") });
    await addComment({ actor: writer, input: comment(article.id, "Bộ Ngoại giao, họp báo 16/9.", question.id) });
    await addComment({ actor: chief, input: comment(article.id, "Thêm ảnh bìa.") });

    const threads = await listArticleComments({ actor: writer, articleId: article.id });
    expect(threads.map((thread) => [thread.authorName, thread.body, thread.replies.map((reply) => reply.body)])).toEqual([
      [editor.name, "Nguồn của số liệu này?\nCần dẫn rõ.", ["Bộ Ngoại giao, họp báo 16/9."]],
      [chief.name, "Thêm ảnh bìa.", []],
    ]);
    expect(threads[0]).toMatchObject({ isOwn: false, resolvedAt: null });
    expect(threads[0].replies[0].isOwn).toBe(true);
  });

  test("a press officer can neither comment nor read comments", async () => {
    const article = await articles.create({ author: writer });
    expect((await refusal(addComment({ actor: pressOfficer, input: comment(article.id, "Xin chào") }))).code).toBe("FORBIDDEN");
    expect((await refusal(listArticleComments({ actor: pressOfficer, articleId: article.id }))).code).toBe("FORBIDDEN");
    expect(await db.articleComment.count({ where: { articleId: article.id } })).toBe(0);
  });

  test("comments on an unknown article are NOT_FOUND", async () => {
    const error = await refusal(addComment({ actor: editor, input: comment("00000000-0000-4000-8000-000000000000", "?") }));
    expect(error.code).toBe("NOT_FOUND");
  });

  test("text is plain, trimmed, CRLF-normalized, 1 to 4000 characters, and stored as typed (never as HTML)", async () => {
    const article = await articles.create({ author: writer });
    expect(addCommentSchema.safeParse({ articleId: article.id, body: "   " }).success).toBe(false);
    expect(addCommentSchema.safeParse({ articleId: article.id, body: "x".repeat(4001) }).success).toBe(false);
    expect(addCommentSchema.safeParse({ articleId: article.id, body: "x".repeat(4000) }).success).toBe(true);
    const markup = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;
    await addComment({ actor: editor, input: comment(article.id, `  dòng một\r\n${markup}  `) });
    const [thread] = await listArticleComments({ actor: editor, articleId: article.id });
    expect(thread.body).toBe(`dòng một\n${markup}`);
  });
});

describe("threads are one level deep", () => {
  test("a reply to a reply joins the thread of its top-level comment", async () => {
    const article = await articles.create({ author: writer });
    const top = await addComment({ actor: editor, input: comment(article.id, "Tiêu đề dài quá.") });
    const reply = await addComment({ actor: writer, input: comment(article.id, "Rút gọn thế này?", top.id) });
    const nested = await addComment({ actor: editor, input: comment(article.id, "Được.", reply.id) });
    expect(await db.articleComment.findUniqueOrThrow({ where: { id: nested.id } })).toMatchObject({ parentId: top.id });
    const threads = await listArticleComments({ actor: editor, articleId: article.id });
    expect(threads).toHaveLength(1);
    expect(threads[0].replies.map((entry) => entry.id)).toEqual([reply.id, nested.id]);
  });

  test("a comment of another article is not a parent", async () => {
    const [one, other] = [await articles.create({ author: writer }), await articles.create({ author: writer })];
    const foreign = await addComment({ actor: editor, input: comment(other.id, "Ở bài khác.") });
    const error = await refusal(addComment({ actor: editor, input: comment(one.id, "Trả lời lạc chỗ.", foreign.id) }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ parentId: ["validation.invalid"] });
  });
});

describe("resolving", () => {
  test("anyone who comments resolves and reopens a thread; who and when are recorded", async () => {
    const article = await articles.create({ author: writer });
    const top = await addComment({ actor: writer, input: comment(article.id, "Đã thêm nguồn.") });
    const at = new Date("2026-11-23T03:42:00Z");
    await setCommentResolved({ actor: editor, input: { commentId: top.id, version: 1, resolved: true }, now: at });
    let [thread] = await listArticleComments({ actor: writer, articleId: article.id });
    expect(thread).toMatchObject({ resolvedAt: at.toISOString(), resolvedByName: editor.name, version: 2 });

    await setCommentResolved({ actor: writer, input: { commentId: top.id, version: 2, resolved: false } });
    [thread] = await listArticleComments({ actor: writer, articleId: article.id });
    expect(thread).toMatchObject({ resolvedAt: null, resolvedByName: null, version: 3 });
  });

  test("replies are not resolved one by one; a stale version changes nothing; a press officer cannot", async () => {
    const article = await articles.create({ author: writer });
    const top = await addComment({ actor: editor, input: comment(article.id, "Kiểm tra tên riêng.") });
    const reply = await addComment({ actor: writer, input: comment(article.id, "Đã kiểm tra.", top.id) });
    expect((await refusal(setCommentResolved({ actor: editor, input: { commentId: reply.id, version: 1, resolved: true } }))).code).toBe("VALIDATION");
    expect((await refusal(setCommentResolved({ actor: pressOfficer, input: { commentId: top.id, version: 1, resolved: true } }))).code).toBe("FORBIDDEN");
    await setCommentResolved({ actor: editor, input: { commentId: top.id, version: 1, resolved: true } });
    expect((await refusal(setCommentResolved({ actor: chief, input: { commentId: top.id, version: 1, resolved: false } }))).code).toBe("CONFLICT");
    expect(await db.articleComment.findUniqueOrThrow({ where: { id: top.id } })).toMatchObject({ resolvedById: editor.id, version: 2 });
  });
});

describe("editing and deleting", () => {
  test("the author edits their own comment; nobody else may", async () => {
    const article = await articles.create({ author: writer });
    const own = await addComment({ actor: editor, input: comment(article.id, "Sửa chính tả.") });
    expect((await refusal(editComment({ actor: chief, input: { commentId: own.id, version: 1, body: "Của tôi" } }))).code).toBe("FORBIDDEN");
    await editComment({ actor: editor, input: { commentId: own.id, version: 1, body: "Sửa chính tả ở đoạn 2." } });
    const [thread] = await listArticleComments({ actor: writer, articleId: article.id });
    expect(thread).toMatchObject({ body: "Sửa chính tả ở đoạn 2.", version: 2 });
    expect(thread.editedAt).not.toBeNull();
    expect((await refusal(editComment({ actor: editor, input: { commentId: own.id, version: 1, body: "Cũ" } }))).code).toBe("CONFLICT");
  });

  test("deleting erases the text, keeps the row and its replies, and cannot be edited after", async () => {
    const article = await articles.create({ author: writer });
    const top = await addComment({ actor: editor, input: comment(article.id, "Câu này nhạy cảm.") });
    await addComment({ actor: writer, input: comment(article.id, "Đã bỏ câu đó.", top.id) });
    expect((await refusal(deleteComment({ actor: writer, input: { commentId: top.id, version: 1 } }))).code).toBe("FORBIDDEN");
    await deleteComment({ actor: editor, input: { commentId: top.id, version: await versionOf(top.id) } });

    const [thread] = await listArticleComments({ actor: writer, articleId: article.id });
    expect(thread).toMatchObject({ id: top.id, isDeleted: true, body: null, isOwn: false });
    expect(thread.replies.map((reply) => reply.body)).toEqual(["Đã bỏ câu đó."]);
    expect((await db.articleComment.findUniqueOrThrow({ where: { id: top.id } })).body).toBe("");
    const again = await refusal(editComment({ actor: editor, input: { commentId: top.id, version: await versionOf(top.id), body: "Khôi phục" } }));
    expect(again.code).toBe("CONFLICT");
  });
});

describe("the reader site never sees comments", () => {
  test("a published story's public queries carry no comment text", async () => {
    const article = await articles.inState({ author: writer, status: "PUBLISHED" });
    const secret = `bình-luận-nội-bộ-${crypto.randomUUID()}`;
    await addComment({ actor: editor, input: comment(article.id, secret) });
    const story = await getPublishedStory({ locale: "vi", slug: article.slug });
    expect(story).not.toBeNull();
    expect(JSON.stringify(story)).not.toContain(secret);
    expect(JSON.stringify(await listLatestStories({ locale: "vi" }))).not.toContain(secret);
    expect(JSON.stringify(await db.publishedArticle.findUniqueOrThrow({ where: { articleId: article.id } }))).not.toContain(secret);
  });
});
