import { assertCan, type Actor } from "@/lib/authz/policy";
import { db, type Tx } from "@/lib/db";
import { ARTICLE_POLICY_SELECT, articlePolicyScope } from "@/lib/articles/policy-scope";
import { notFound } from "@/lib/errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * The article a collaboration feature hangs off, with what the policy needs.
 * Only newsroom readers get this far; an unknown id is NOT_FOUND.
 */
export async function getCollaborationArticleOrThrow({ actor, articleId, tx = db }: { actor: Actor; articleId: string; tx?: Tx | typeof db }) {
  assertCan(actor, "article.read");
  if (!isUuid(articleId)) throw notFound();
  const article = await tx.article.findUnique({ where: { id: articleId }, select: { ...ARTICLE_POLICY_SELECT, id: true } });
  if (!article) throw notFound();
  return { ...article, ...articlePolicyScope(article) };
}
