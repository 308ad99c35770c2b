import type { OwnedResource } from "@/lib/authz/policy";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";

/**
 * What the policy needs of an article, selected the same way wherever an
 * article is checked: who created it, who is assigned to write it, its state.
 */
export const ARTICLE_POLICY_SELECT = {
  createdById: true,
  status: true,
  assignment: { select: { writerId: true } },
} as const;

type PolicyRow = { createdById: string; status: ArticleStatus; assignment: { writerId: string | null } | null };

export function articlePolicyScope(article: PolicyRow): OwnedResource & { status: ArticleStatus } {
  return { createdById: article.createdById, status: article.status, assignedWriterId: article.assignment?.writerId ?? null };
}
