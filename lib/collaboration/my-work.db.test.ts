/**
 * "My work" on a real database: for a writer, an editor and a chief, exactly
 * the stories assigned to them, the ones waiting for a step they take, and the
 * open threads on their stories — nobody else's.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { articles, users, type TestUser } from "@/lib/test/factories";
import { refusal } from "@/lib/test/refusal";
import { assignArticle } from "./assignments";
import { addComment, deleteComment, setCommentResolved } from "./comments";
import { getMyWork, MY_WORK_LIMIT } from "./my-work";
import { addCommentSchema, assignArticleSchema } from "./schemas";

let writer: TestUser;
let otherWriter: TestUser;
let editor: TestUser;
let otherEditor: TestUser;
let chief: TestUser;
let pressOfficer: TestUser;

const NOW = new Date("2026-11-23T03:00:00Z");
const ids = (list: { items: { id: string }[] } | null) => list?.items.map((item) => item.id) ?? null;

async function assign(articleId: string, fields: { writerId?: string; editorId?: string; dueDate?: string }) {
  return assignArticle({ actor: chief, input: assignArticleSchema.parse({ articleId, version: 0, writerId: "", editorId: "", dueDate: "", ...fields }) });
}

// Each test database is fresh per file, so the queues hold exactly what this file puts in them.
beforeAll(async () => {
  [writer, otherWriter, editor, otherEditor, chief, pressOfficer] = await Promise.all([
    users.create({ roles: ["WRITER"] }),
    users.create({ roles: ["WRITER"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["CHIEF_EDITOR"] }),
    users.create({ roles: ["PRESS_OFFICER"] }),
  ]);
});

describe("my work", () => {
  test("lists exactly the right stories for a writer, an editor and a chief", async () => {
    // Assigned to the writer: one overdue, one due later, one without a date; one of another writer; one published.
    const later = await articles.create({ author: chief });
    const overdue = await articles.create({ author: chief });
    const undated = await articles.create({ author: chief });
    const others = await articles.create({ author: chief });
    const done = await articles.inState({ author: chief, status: "PUBLISHED" });
    await assign(later.id, { writerId: writer.id, editorId: editor.id, dueDate: "2026-12-01" });
    await assign(overdue.id, { writerId: writer.id, dueDate: "2026-11-20" });
    await assign(undated.id, { writerId: writer.id });
    await assign(others.id, { writerId: otherWriter.id, editorId: otherEditor.id, dueDate: "2026-11-01" });
    await assign(done.id, { writerId: writer.id, editorId: editor.id, dueDate: "2026-11-01" });

    // Sent back: the writer's own, and one of another writer.
    const sentBack = await articles.inState({ author: writer, status: "CHANGES_REQUESTED" });
    await articles.inState({ author: otherWriter, status: "CHANGES_REQUESTED" });

    // In review: unassigned, assigned to the editor, assigned to another editor.
    const reviewOpen = await articles.inState({ author: otherWriter, status: "IN_REVIEW" });
    const reviewMine = await articles.inState({ author: otherWriter, status: "IN_REVIEW" });
    const reviewTheirs = await articles.inState({ author: otherWriter, status: "IN_REVIEW" });
    await assign(reviewMine.id, { editorId: editor.id });
    await assign(reviewTheirs.id, { editorId: otherEditor.id });

    const approved = await articles.inState({ author: otherWriter, status: "APPROVED" });

    const forWriter = await getMyWork({ actor: writer, now: NOW });
    expect(ids(forWriter.assigned)).toEqual([overdue.id, later.id, undated.id]);
    expect(forWriter.assigned.items.map((item) => [item.dueDate, item.isOverdue, item.asWriter, item.asEditor])).toEqual([
      ["2026-11-20", true, true, false],
      ["2026-12-01", false, true, false],
      [null, false, true, false],
    ]);
    expect(ids(forWriter.sentBack)).toEqual([sentBack.id]);
    expect(forWriter.toReview).toBeNull();
    expect(forWriter.toPublish).toBeNull();

    const forEditor = await getMyWork({ actor: editor, now: NOW });
    expect(ids(forEditor.assigned)).toEqual([later.id, reviewMine.id]);
    expect(forEditor.assigned.items.find((item) => item.id === later.id)).toMatchObject({ asEditor: true, asWriter: false });
    expect(ids(forEditor.toReview)).toEqual([reviewOpen.id, reviewMine.id]);
    expect(forEditor.toPublish).toBeNull();

    const forChief = await getMyWork({ actor: chief, now: NOW });
    expect(ids(forChief.toPublish)).toEqual([approved.id]);
    expect(ids(forChief.toReview)).toEqual([reviewOpen.id]);
    expect(ids(forChief.assigned)).toEqual([]);
  });

  test("open threads on my stories: unresolved, not deleted, top-level only, on stories I wrote or hold", async () => {
    const mine = await articles.create({ author: otherWriter });
    const held = await articles.create({ author: chief });
    const notMine = await articles.create({ author: chief });
    await assign(held.id, { writerId: otherWriter.id });
    const comment = (articleId: string, body: string, parentId?: string) => addCommentSchema.parse({ articleId, body, parentId });

    const open = await addComment({ actor: editor, input: comment(mine.id, "Cần thêm nguồn.") });
    await addComment({ actor: otherWriter, input: comment(mine.id, "Đang bổ sung.", open.id) });
    const resolved = await addComment({ actor: editor, input: comment(mine.id, "Đã ổn.") });
    await setCommentResolved({ actor: editor, input: { commentId: resolved.id, version: 1, resolved: true } });
    const deleted = await addComment({ actor: editor, input: comment(held.id, "Nhầm bài.") });
    await deleteComment({ actor: editor, input: { commentId: deleted.id, version: 1 } });
    const onHeld = await addComment({ actor: chief, input: comment(held.id, "Hạn là thứ Sáu.") });
    await addComment({ actor: editor, input: comment(notMine.id, "Không liên quan.") });

    const work = await getMyWork({ actor: otherWriter, now: NOW });
    expect(ids(work.openComments)).toEqual([onHeld.id, open.id]);
    expect(work.openComments.items[1]).toMatchObject({ articleId: mine.id, authorName: editor.name, body: "Cần thêm nguồn.", replyCount: 1 });
  });

  test("lists are capped and say there is more", async () => {
    const busy = await users.create({ roles: ["WRITER"] });
    for (let index = 0; index <= MY_WORK_LIMIT; index++) {
      const article = await articles.insert({ author: chief, status: "DRAFT" });
      await assign(article.id, { writerId: busy.id, dueDate: `2026-12-${String(index + 1).padStart(2, "0")}` });
    }
    const work = await getMyWork({ actor: busy, now: NOW });
    expect(work.assigned.items).toHaveLength(MY_WORK_LIMIT);
    expect(work.assigned.hasMore).toBe(true);
    expect(work.assigned.items[0].dueDate).toBe("2026-12-01");
  });

  test("a press officer has no desk here", async () => {
    expect((await refusal(getMyWork({ actor: pressOfficer }))).code).toBe("FORBIDDEN");
  });
});
