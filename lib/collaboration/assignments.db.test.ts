/**
 * Assignment on a real database: who may assign, who may be assigned, the
 * compare-and-set on the assignment's own version (two at once: one wins), and
 * that assigning never touches the article's content version.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { articles, users, type TestUser } from "@/lib/test/factories";
import { assignArticle, getArticleAssignment, getAssignmentPanelData, isOverdue } from "./assignments";
import { assignArticleSchema, type AssignArticleInput } from "./schemas";
import { refusal } from "@/lib/test/refusal";

let writer: TestUser;
let otherWriter: TestUser;
let editor: TestUser;
let chief: TestUser;
let pressOfficer: TestUser;
let inactiveWriter: TestUser;

beforeAll(async () => {
  [writer, otherWriter, editor, chief, pressOfficer, inactiveWriter] = await Promise.all([
    users.create({ roles: ["WRITER"] }),
    users.create({ roles: ["WRITER"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["CHIEF_EDITOR"] }),
    users.create({ roles: ["PRESS_OFFICER"] }),
    users.create({ roles: ["WRITER"], isActive: false }),
  ]);
});

const input = (fields: Partial<AssignArticleInput> & { articleId: string }): AssignArticleInput =>
  assignArticleSchema.parse({ version: 0, writerId: "", editorId: "", dueDate: "", ...fields });

describe("assigning", () => {
  test("an editor assigns a writer, an editor and a due date; the writer reads it", async () => {
    const article = await articles.create({ author: writer });
    const assigned = await assignArticle({ actor: editor, input: input({ articleId: article.id, writerId: writer.id, editorId: editor.id, dueDate: "2026-12-01" }) });
    expect(assigned).toMatchObject({ version: 1, writer: { id: writer.id }, editor: { id: editor.id }, dueDate: "2026-12-01", assignedByName: editor.name });

    const seen = await getArticleAssignment({ actor: writer, articleId: article.id });
    expect(seen).toMatchObject({ version: 1, writer: { id: writer.id, name: writer.name }, editor: { id: editor.id }, dueDate: "2026-12-01" });
    const row = await db.articleAssignment.findUniqueOrThrow({ where: { articleId: article.id } });
    expect(row.dueDate?.toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });

  test("never bumps the article's content version", async () => {
    const article = await articles.create({ author: writer });
    const before = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { version: true, updatedAt: true } });
    await assignArticle({ actor: chief, input: input({ articleId: article.id, writerId: otherWriter.id }) });
    await assignArticle({ actor: chief, input: input({ articleId: article.id, version: 1, dueDate: "2026-12-24" }) });
    expect(await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { version: true, updatedAt: true } })).toEqual(before);
  });

  test("a writer and a press officer may not assign; nothing is written", async () => {
    const article = await articles.create({ author: writer });
    expect((await refusal(assignArticle({ actor: writer, input: input({ articleId: article.id, writerId: writer.id }) }))).code).toBe("FORBIDDEN");
    expect((await refusal(assignArticle({ actor: pressOfficer, input: input({ articleId: article.id, writerId: writer.id }) }))).code).toBe("FORBIDDEN");
    expect(await db.articleAssignment.count({ where: { articleId: article.id } })).toBe(0);
  });

  test("an unknown article is NOT_FOUND", async () => {
    const error = await refusal(assignArticle({ actor: editor, input: input({ articleId: "00000000-0000-4000-8000-000000000000" }) }));
    expect(error.code).toBe("NOT_FOUND");
  });

  test("only active, eligible people can be newly assigned", async () => {
    const article = await articles.create({ author: writer });
    for (const fields of [{ writerId: pressOfficer.id }, { writerId: inactiveWriter.id }, { editorId: writer.id }]) {
      const error = await refusal(assignArticle({ actor: editor, input: input({ articleId: article.id, ...fields }) }));
      expect(error.code, JSON.stringify(fields)).toBe("VALIDATION");
      expect(Object.keys(error.fieldErrors ?? {})).toEqual(Object.keys(fields));
    }
    expect(await db.articleAssignment.count({ where: { articleId: article.id } })).toBe(0);
  });

  test("a deactivated writer who already holds the story stays while the due date moves", async () => {
    const leaving = await users.create({ roles: ["WRITER"] });
    const article = await articles.create({ author: writer });
    await assignArticle({ actor: editor, input: input({ articleId: article.id, writerId: leaving.id }) });
    await db.user.update({ where: { id: leaving.id }, data: { isActive: false } });
    const moved = await assignArticle({ actor: editor, input: input({ articleId: article.id, version: 1, writerId: leaving.id, dueDate: "2027-01-05" }) });
    expect(moved).toMatchObject({ version: 2, writer: { id: leaving.id }, dueDate: "2027-01-05" });
    const panel = await getAssignmentPanelData({ actor: editor, articleId: article.id });
    expect(panel.candidates.writers.map((person) => person.id)).toContain(leaving.id);
  });

  test("the schema refuses impossible days and smuggled fields", () => {
    expect(assignArticleSchema.safeParse({ articleId: crypto.randomUUID(), version: 0, writerId: "", editorId: "", dueDate: "2026-02-30" }).success).toBe(false);
    expect(
      assignArticleSchema.safeParse({ articleId: crypto.randomUUID(), version: 0, writerId: "", editorId: "", dueDate: "", assignedById: writer.id }).success,
    ).toBe(false);
  });
});

describe("compare-and-set", () => {
  test("two first assignments at once: exactly one wins, the other is a CONFLICT", async () => {
    const article = await articles.create({ author: writer });
    const results = await Promise.allSettled([
      assignArticle({ actor: editor, input: input({ articleId: article.id, writerId: writer.id }) }),
      assignArticle({ actor: chief, input: input({ articleId: article.id, writerId: otherWriter.id }) }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((result) => result.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.articleAssignment.findUniqueOrThrow({ where: { articleId: article.id } })).toMatchObject({ version: 1 });
  });

  test("two changes from the same version at once: exactly one wins", async () => {
    const article = await articles.create({ author: writer });
    await assignArticle({ actor: editor, input: input({ articleId: article.id, writerId: writer.id }) });
    const results = await Promise.allSettled([
      assignArticle({ actor: editor, input: input({ articleId: article.id, version: 1, dueDate: "2026-12-10" }) }),
      assignArticle({ actor: chief, input: input({ articleId: article.id, version: 1, dueDate: "2026-12-20" }) }),
    ]);
    const won = results.filter((result) => result.status === "fulfilled");
    expect(won).toHaveLength(1);
    expect(results.filter((result) => result.status === "rejected" && (result.reason as { code?: string }).code === "CONFLICT")).toHaveLength(1);
    const row = await getArticleAssignment({ actor: editor, articleId: article.id });
    expect(row.version).toBe(2);
    expect(row.dueDate).toBe((won[0] as PromiseFulfilledResult<{ dueDate: string }>).value.dueDate);
  });

  test("a stale version is a CONFLICT and changes nothing", async () => {
    const article = await articles.create({ author: writer });
    await assignArticle({ actor: editor, input: input({ articleId: article.id, writerId: writer.id }) });
    await assignArticle({ actor: editor, input: input({ articleId: article.id, version: 1, writerId: otherWriter.id }) });
    const error = await refusal(assignArticle({ actor: chief, input: input({ articleId: article.id, version: 1, writerId: writer.id }) }));
    expect(error.code).toBe("CONFLICT");
    expect(await getArticleAssignment({ actor: editor, articleId: article.id })).toMatchObject({ version: 2, writer: { id: otherWriter.id } });
  });
});

describe("overdue", () => {
  const now = new Date("2026-11-23T03:00:00Z");
  test("a day before today in Hanoi, unless the work is done", () => {
    expect(isOverdue("2026-11-22", "DRAFT", now)).toBe(true);
    expect(isOverdue("2026-11-23", "DRAFT", now)).toBe(false);
    expect(isOverdue(null, "DRAFT", now)).toBe(false);
    expect(isOverdue("2026-11-22", "PUBLISHED", now)).toBe(false);
    expect(isOverdue("2026-11-22", "ARCHIVED", now)).toBe(false);
  });
});
