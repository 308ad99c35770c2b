/**
 * Presence: "Nguyễn Văn Minh is editing since 10:42". Whoever has the editor
 * of an article open and may edit it keeps an edit session alive with a
 * heartbeat; a session not seen for EDIT_SESSION_EXPIRY_MS is over. It is a
 * notice, not a lock: saves never read, take or release it (a lock released by
 * a save lets the next autosave write last-wins — Payload #15486). What
 * protects the text is still the article's version check.
 */
import { assertCan, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { getCollaborationArticleOrThrow, isUuid } from "./article-scope";

/** The editor sends a heartbeat every 20 s while visible; three missed beats end the session. */
export const EDIT_SESSION_HEARTBEAT_MS = 20_000;
export const EDIT_SESSION_EXPIRY_MS = 60_000;

export type ActiveEditor = { userId: string; name: string; startedAt: string };

function cutoff(now: Date): Date {
  return new Date(now.getTime() - EDIT_SESSION_EXPIRY_MS);
}

/** Other people editing the article now, longest first. */
export async function listOtherEditors({ actor, articleId, now = new Date() }: { actor: Actor; articleId: string; now?: Date }): Promise<ActiveEditor[]> {
  await getCollaborationArticleOrThrow({ actor, articleId });
  const rows = await db.articleEditSession.findMany({
    where: { articleId, userId: { not: actor.id }, lastSeenAt: { gte: cutoff(now) } },
    orderBy: [{ startedAt: "asc" }, { userId: "asc" }],
    select: { userId: true, startedAt: true, user: { select: { name: true } } },
  });
  return rows.map((row) => ({ userId: row.userId, name: row.user.name, startedAt: row.startedAt.toISOString() }));
}

/**
 * Takes the actor's edit session, or keeps it alive. A session that had
 * expired starts again from now, so "since" never spans a gap. Expired
 * sessions of the article are cleared on the way. Answers who else is editing.
 */
export async function heartbeatEditSession({ actor, articleId, now = new Date() }: { actor: Actor; articleId: string; now?: Date }): Promise<ActiveEditor[]> {
  const article = await getCollaborationArticleOrThrow({ actor, articleId });
  // Only someone who could save the text is "editing"; readers are not announced.
  assertCan(actor, "article.edit", article);
  if (article.status === "ARCHIVED") throw forbidden();
  const expired = cutoff(now);
  // One statement, so two heartbeats of the same person cannot both start a session.
  await db.$executeRaw`
    INSERT INTO article_edit_session (article_id, user_id, started_at, last_seen_at, created_at, updated_at)
    VALUES (${article.id}::uuid, ${actor.id}::uuid, ${now}, ${now}, ${now}, ${now})
    ON CONFLICT (article_id, user_id) DO UPDATE SET
      started_at = CASE WHEN article_edit_session.last_seen_at < ${expired} THEN EXCLUDED.started_at ELSE article_edit_session.started_at END,
      last_seen_at = EXCLUDED.last_seen_at,
      updated_at = EXCLUDED.updated_at`;
  await db.articleEditSession.deleteMany({ where: { articleId: article.id, lastSeenAt: { lt: expired } } });
  return listOtherEditors({ actor, articleId, now });
}

/** Ends the actor's own session (the editor was left). Nobody else's is touched. */
export async function releaseEditSession({ actor, articleId }: { actor: Actor; articleId: string }): Promise<void> {
  assertCan(actor, "article.read");
  if (!isUuid(articleId)) return;
  await db.articleEditSession.deleteMany({ where: { articleId, userId: actor.id } });
}
