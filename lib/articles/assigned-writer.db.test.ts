import { beforeAll, describe, expect, test } from "vitest";
import { assignArticle } from "@/lib/collaboration/assignments";
import { assignArticleSchema } from "@/lib/collaboration/schemas";
import { isAppError } from "@/lib/errors";
import { articles, users, type TestUser } from "@/lib/test/factories";
import { transitionArticle, updateArticle } from "./mutations";
import { getArticleForEditor } from "./queries";
import { updateArticleSchema } from "./schemas";

let editor: TestUser;
let assignedWriter: TestUser;
let otherWriter: TestUser;
beforeAll(async () => {
  [editor, assignedWriter, otherWriter] = await Promise.all([
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["WRITER"] }),
    users.create({ roles: ["WRITER"] }),
  ]);
});

async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "OK";
  } catch (error) {
    if (isAppError(error)) return error.code;
    throw error;
  }
}

async function save(actor: TestUser, articleId: string, title: string) {
  const current = await getArticleForEditor({ actor: editor, articleId });
  return updateArticle({ actor, input: updateArticleSchema.parse({ articleId, version: current.version, title, body: current.body }) });
}

describe("an assigned writer", () => {
  test("edits and submits a story the desk started; another writer may not; reassigning takes it away", async () => {
    const story = await articles.create({ author: editor, title: "Đoàn phóng viên nước ngoài thăm Tây Nguyên" });
    expect((await getArticleForEditor({ actor: assignedWriter, articleId: story.id })).canEdit).toBe(false);
    expect(await codeOf(save(assignedWriter, story.id, "Before the assignment"))).toBe("FORBIDDEN");

    const assignment = await assignArticle({
      actor: editor,
      input: assignArticleSchema.parse({ articleId: story.id, version: 0, writerId: assignedWriter.id, editorId: editor.id, dueDate: "" }),
    });
    expect((await getArticleForEditor({ actor: assignedWriter, articleId: story.id })).canEdit).toBe(true);
    const saved = await save(assignedWriter, story.id, "Phóng viên nước ngoài tìm hiểu cà phê Tây Nguyên");
    expect(saved.version).toBe(story.version + 1);
    expect(await codeOf(save(otherWriter, story.id, "Not mine"))).toBe("FORBIDDEN");
    const submitted = await transitionArticle({ actor: assignedWriter, input: { articleId: story.id, to: "IN_REVIEW", version: saved.version } });
    expect(submitted.status).toBe("IN_REVIEW");
    // In review the story is the desk's, as it would be for its creator.
    expect(await codeOf(save(assignedWriter, story.id, "While in review"))).toBe("FORBIDDEN");

    const back = await transitionArticle({ actor: editor, input: { articleId: story.id, to: "CHANGES_REQUESTED", version: submitted.version, note: "Thêm nguồn." } });
    expect(await codeOf(save(assignedWriter, story.id, "Sources added"))).toBe("OK");
    await assignArticle({
      actor: editor,
      input: assignArticleSchema.parse({ articleId: story.id, version: assignment.version, writerId: otherWriter.id, editorId: editor.id, dueDate: "" }),
    });
    expect(await codeOf(save(assignedWriter, story.id, "After reassignment"))).toBe("FORBIDDEN");
    expect(await codeOf(save(otherWriter, story.id, "Now mine"))).toBe("OK");
    expect(back.status).toBe("CHANGES_REQUESTED");
  });
});
