/**
 * Presence on a real database: taking, refreshing, expiring and releasing an
 * edit session; the notice another person sees; and that saving the article
 * leaves every session as it was.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { updateArticle } from "@/lib/articles/mutations";
import { updateArticleSchema } from "@/lib/articles/schemas";
import { db } from "@/lib/db";
import { articles, users, type TestUser } from "@/lib/test/factories";
import { refusal } from "@/lib/test/refusal";
import { EDIT_SESSION_EXPIRY_MS, heartbeatEditSession, listOtherEditors, releaseEditSession } from "./edit-sessions";

let writer: TestUser;
let otherWriter: TestUser;
let editor: TestUser;
let pressOfficer: TestUser;

beforeAll(async () => {
  [writer, otherWriter, editor, pressOfficer] = await Promise.all([
    users.create({ roles: ["WRITER"], name: "Nguyễn Văn Minh" }),
    users.create({ roles: ["WRITER"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["PRESS_OFFICER"] }),
  ]);
});

const at = (iso: string) => new Date(iso);
const sessionOf = (articleId: string, userId: string) => db.articleEditSession.findUnique({ where: { articleId_userId: { articleId, userId } } });

describe("edit sessions", () => {
  test("the first heartbeat takes the session; later ones keep its start and refresh last seen", async () => {
    const article = await articles.create({ author: writer });
    await heartbeatEditSession({ actor: writer, articleId: article.id, now: at("2026-11-23T03:42:00Z") });
    await heartbeatEditSession({ actor: writer, articleId: article.id, now: at("2026-11-23T03:42:20Z") });
    expect(await sessionOf(article.id, writer.id)).toMatchObject({ startedAt: at("2026-11-23T03:42:00Z"), lastSeenAt: at("2026-11-23T03:42:20Z") });
  });

  test("another person sees who is editing since when; the editor does not see themselves", async () => {
    const article = await articles.create({ author: writer });
    const now = at("2026-11-23T03:42:00Z");
    expect(await heartbeatEditSession({ actor: writer, articleId: article.id, now })).toEqual([]);
    const seen = await listOtherEditors({ actor: editor, articleId: article.id, now: at("2026-11-23T03:42:30Z") });
    expect(seen).toEqual([{ userId: writer.id, name: "Nguyễn Văn Minh", startedAt: now.toISOString() }]);
    // The editor's own heartbeat answers the same notice data.
    expect(await heartbeatEditSession({ actor: editor, articleId: article.id, now: at("2026-11-23T03:42:30Z") })).toEqual(seen);
    expect((await listOtherEditors({ actor: writer, articleId: article.id, now: at("2026-11-23T03:42:31Z") })).map((other) => other.userId)).toEqual([editor.id]);
  });

  test("a session without a heartbeat for the expiry is over, and a new heartbeat starts afresh", async () => {
    const article = await articles.create({ author: writer });
    const start = at("2026-11-23T03:00:00Z");
    await heartbeatEditSession({ actor: writer, articleId: article.id, now: start });
    const justBefore = new Date(start.getTime() + EDIT_SESSION_EXPIRY_MS);
    const after = new Date(start.getTime() + EDIT_SESSION_EXPIRY_MS + 1);
    expect(await listOtherEditors({ actor: editor, articleId: article.id, now: justBefore })).toHaveLength(1);
    expect(await listOtherEditors({ actor: editor, articleId: article.id, now: after })).toEqual([]);

    // Someone else's heartbeat clears the expired row on the way.
    await heartbeatEditSession({ actor: editor, articleId: article.id, now: after });
    expect(await sessionOf(article.id, writer.id)).toBeNull();

    const back = at("2026-11-23T03:10:00Z");
    await heartbeatEditSession({ actor: writer, articleId: article.id, now: back });
    expect(await sessionOf(article.id, writer.id)).toMatchObject({ startedAt: back });
  });

  test("an expired session of the same person restarts from now rather than spanning the gap", async () => {
    const article = await articles.create({ author: writer });
    await heartbeatEditSession({ actor: writer, articleId: article.id, now: at("2026-11-23T01:00:00Z") });
    await heartbeatEditSession({ actor: writer, articleId: article.id, now: at("2026-11-23T02:00:00Z") });
    expect(await sessionOf(article.id, writer.id)).toMatchObject({ startedAt: at("2026-11-23T02:00:00Z") });
  });

  test("releasing ends only the caller's own session", async () => {
    const article = await articles.create({ author: writer });
    const now = new Date();
    await heartbeatEditSession({ actor: writer, articleId: article.id, now });
    await heartbeatEditSession({ actor: editor, articleId: article.id, now });
    await releaseEditSession({ actor: editor, articleId: article.id });
    expect(await sessionOf(article.id, editor.id)).toBeNull();
    expect(await sessionOf(article.id, writer.id)).not.toBeNull();
    expect(await listOtherEditors({ actor: editor, articleId: article.id })).toHaveLength(1);
  });

  test("only people who may edit the article announce themselves", async () => {
    const article = await articles.create({ author: writer });
    expect((await refusal(heartbeatEditSession({ actor: otherWriter, articleId: article.id }))).code).toBe("FORBIDDEN");
    expect((await refusal(heartbeatEditSession({ actor: pressOfficer, articleId: article.id }))).code).toBe("FORBIDDEN");
    expect((await refusal(listOtherEditors({ actor: pressOfficer, articleId: article.id }))).code).toBe("FORBIDDEN");
    const archived = await articles.inState({ author: writer, status: "ARCHIVED" });
    expect((await refusal(heartbeatEditSession({ actor: editor, articleId: archived.id }))).code).toBe("FORBIDDEN");
    expect(await db.articleEditSession.count({ where: { articleId: { in: [article.id, archived.id] } } })).toBe(0);
  });

  test("saving the article neither takes nor releases a session", async () => {
    const article = await articles.create({ author: writer });
    const now = new Date();
    await heartbeatEditSession({ actor: editor, articleId: article.id, now });
    const before = await db.articleEditSession.findMany({ where: { articleId: article.id }, orderBy: { userId: "asc" } });
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id } });
    await updateArticle({
      actor: writer,
      input: updateArticleSchema.parse({ articleId: article.id, version: row.version, title: `${row.title} (sửa)`, body: row.body, tags: [], authorIds: [writer.id] }),
    });
    expect(await db.articleEditSession.findMany({ where: { articleId: article.id }, orderBy: { userId: "asc" } })).toEqual(before);
  });
});
