/**
 * Optimistic concurrency on a real database: saves and transitions that race
 * each other. Integer versions, compared and set in one statement, mean
 * exactly one of two simultaneous writers wins, however close together they are.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { articles, users, type TestUser } from "@/lib/test/factories";
import { docFromParagraphs } from "./rich-text";
import { transitionArticle, updateArticle } from "./mutations";
import { updateArticleSchema, type UpdateArticleInput } from "./schemas";

let writer: TestUser;
let editor: TestUser;
let otherEditor: TestUser;
let chief: TestUser;
let otherChief: TestUser;

beforeAll(async () => {
  [writer, editor, otherEditor, chief, otherChief] = await Promise.all([
    users.create({ roles: ["WRITER"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["CHIEF_EDITOR"] }),
    users.create({ roles: ["CHIEF_EDITOR"] }),
  ]);
});

const ROUNDS = 5;

function save(articleId: string, version: number, title: string): UpdateArticleInput {
  return updateArticleSchema.parse({ articleId, version, title, body: docFromParagraphs([title]) });
}

/** Splits settled results into winners and the codes of the losers. */
function outcome<T>(results: PromiseSettledResult<T>[]) {
  const winners = results.filter((r): r is PromiseFulfilledResult<T> => r.status === "fulfilled").map((r) => r.value);
  const losers = results.filter((r): r is PromiseRejectedResult => r.status === "rejected").map((r) => r.reason as unknown);
  for (const loser of losers) expect(loser).toBeInstanceOf(AppError);
  return { winners, loserCodes: losers.map((loser) => (loser as AppError).code) };
}

describe("two saves of the same version at once", () => {
  test.each(Array.from({ length: ROUNDS }, (_, round) => round + 1))("round %i: exactly one wins, the other gets CONFLICT and writes nothing", async () => {
    const article = await articles.create({ author: writer });
    const results = await Promise.allSettled([
      updateArticle({ actor: writer, input: save(article.id, article.version, "Bản của người viết") }),
      updateArticle({ actor: editor, input: save(article.id, article.version, "Bản của biên tập viên") }),
    ]);

    const { winners, loserCodes } = outcome(results);
    expect(winners).toHaveLength(1);
    expect(loserCodes).toEqual(["CONFLICT"]);
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row.version).toBe(article.version + 1);
    expect(winners[0].version).toBe(row.version);
    // The stored text is the winner's, whole: the loser's transaction left no trace.
    const winnerTitle = results[0].status === "fulfilled" ? "Bản của người viết" : "Bản của biên tập viên";
    expect(row.title).toBe(winnerTitle);
    expect(row.body).toEqual(docFromParagraphs([winnerTitle]));
  });

  test("a stale save right after the winning one (same second, likely the same millisecond) is still refused", async () => {
    const article = await articles.create({ author: writer });
    const first = await updateArticle({ actor: writer, input: save(article.id, article.version, "Lưu lần một") });
    const staleAttempt = updateArticle({ actor: editor, input: save(article.id, article.version, "Lưu bằng bản cũ") });

    const error = await staleAttempt.then(() => null, (reason: unknown) => reason);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "CONFLICT", details: { currentVersion: first.version } });
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(row).toMatchObject({ title: "Lưu lần một", version: first.version });
  });

  test("the loser can save again on top of the winner's version", async () => {
    const article = await articles.create({ author: writer });
    const first = await updateArticle({ actor: writer, input: save(article.id, article.version, "Một") });
    await expect(updateArticle({ actor: editor, input: save(article.id, article.version, "Hai") })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(updateArticle({ actor: editor, input: save(article.id, first.version, "Hai") })).resolves.toMatchObject({ version: first.version + 1 });
  });
});

describe("two transitions at once", () => {
  test.each(Array.from({ length: ROUNDS }, (_, round) => round + 1))("round %i: approve and request changes race; exactly one is recorded", async () => {
    const article = await articles.inState({ author: writer, status: "IN_REVIEW" });
    const historyBefore = await db.articleTransition.count({ where: { articleId: article.id } });
    const results = await Promise.allSettled([
      transitionArticle({ actor: editor, input: { articleId: article.id, to: "APPROVED", version: article.version } }),
      transitionArticle({ actor: otherEditor, input: { articleId: article.id, to: "CHANGES_REQUESTED", version: article.version, note: "Chưa đạt." } }),
    ]);

    const { winners, loserCodes } = outcome(results);
    expect(winners).toHaveLength(1);
    expect(loserCodes).toHaveLength(1);
    expect(loserCodes).toEqual(["CONFLICT"]);
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { transitions: { orderBy: { createdAt: "asc" } } } });
    expect(row.status).toBe(winners[0].status);
    expect(row.version).toBe(article.version + 1);
    expect(row.transitions).toHaveLength(historyBefore + 1);
    expect(row.transitions.at(-1)).toMatchObject({ fromStatus: "IN_REVIEW", toStatus: winners[0].status });
  });

  test.each(Array.from({ length: ROUNDS }, (_, round) => round + 1))("round %i: two chiefs publish at once; one snapshot, one history row", async () => {
    const article = await articles.inState({ author: writer, status: "APPROVED" });
    const results = await Promise.allSettled([
      transitionArticle({ actor: chief, input: { articleId: article.id, to: "PUBLISHED", version: article.version } }),
      transitionArticle({ actor: otherChief, input: { articleId: article.id, to: "PUBLISHED", version: article.version } }),
    ]);

    const { winners, loserCodes } = outcome(results);
    expect(winners).toHaveLength(1);
    expect(loserCodes).toHaveLength(1);
    expect(loserCodes).toEqual(["CONFLICT"]);
    expect(await db.articleTransition.count({ where: { articleId: article.id, toStatus: "PUBLISHED" } })).toBe(1);
    expect(await db.publishedArticle.count({ where: { articleId: article.id } })).toBe(1);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).version).toBe(article.version + 1);
  });

  test("a save and a transition race on the same version: exactly one wins", async () => {
    const article = await articles.inState({ author: writer, status: "IN_REVIEW" });
    const results = await Promise.allSettled([
      updateArticle({ actor: editor, input: save(article.id, article.version, "Sửa trong lúc duyệt") }),
      transitionArticle({ actor: otherEditor, input: { articleId: article.id, to: "APPROVED", version: article.version } }),
    ]);
    const { winners, loserCodes } = outcome(results);
    expect(winners).toHaveLength(1);
    expect(loserCodes).toEqual(["CONFLICT"]);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).version).toBe(article.version + 1);
  });
});

describe("two new articles with the same title and a new tag at once", () => {
  test.each(Array.from({ length: ROUNDS }, (_, round) => round + 1))("round %i: both are created, under different slugs, sharing one tag", async (round) => {
    const title = `Họp báo thường kỳ của Bộ Ngoại giao số ${round}`;
    const tags = [`Họp báo ${round}`];
    const results = await Promise.allSettled([articles.create({ author: writer, title, tags }), articles.create({ author: editor, title, tags })]);
    const { winners, loserCodes } = outcome(results);
    expect(loserCodes).toEqual([]);
    expect(new Set(winners.map((w) => w.slug)).size).toBe(2);
    expect(await db.tag.count({ where: { name: tags[0] } })).toBe(1);
    expect(await db.articleTag.count({ where: { tag: { name: tags[0] } } })).toBe(2);
  });
});
