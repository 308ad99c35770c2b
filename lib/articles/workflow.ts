import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { defineWorkflow } from "@/lib/workflow/state-machine";

export const ARTICLE_STATUSES = [
  "DRAFT",
  "IN_REVIEW",
  "CHANGES_REQUESTED",
  "APPROVED",
  "PUBLISHED",
  "UNPUBLISHED",
  "ARCHIVED",
] as const satisfies readonly ArticleStatus[];

/**
 * "live": readers can see a published copy of the article. That copy stays up
 * while a revision goes through the workflow, so a live article is never
 * archived (it is taken down first), and a chief editor may take it down from
 * any step of its revision.
 */
export type ArticleCondition = "live";

const TAKE_DOWN = { action: "article.publish", when: "live" } as const;
const ARCHIVE = { action: "article.archive", unless: "live" } as const;

/** Who may move an article where. Edits never change status through this table's back door. */
export const ARTICLE_WORKFLOW = defineWorkflow<ArticleStatus, ArticleCondition>({
  DRAFT: {
    IN_REVIEW: { action: "article.submit" },
    UNPUBLISHED: TAKE_DOWN,
    ARCHIVED: ARCHIVE,
  },
  IN_REVIEW: {
    CHANGES_REQUESTED: { action: "article.review", requiresNote: true },
    APPROVED: { action: "article.review" },
    UNPUBLISHED: TAKE_DOWN,
    ARCHIVED: ARCHIVE,
  },
  CHANGES_REQUESTED: {
    IN_REVIEW: { action: "article.submit" },
    UNPUBLISHED: TAKE_DOWN,
    ARCHIVED: ARCHIVE,
  },
  APPROVED: {
    PUBLISHED: { action: "article.publish" },
    CHANGES_REQUESTED: { action: "article.review", requiresNote: true },
    UNPUBLISHED: TAKE_DOWN,
    ARCHIVED: ARCHIVE,
  },
  PUBLISHED: {
    UNPUBLISHED: { action: "article.publish" },
  },
  UNPUBLISHED: {
    PUBLISHED: { action: "article.publish" },
    DRAFT: { action: "article.edit" },
    ARCHIVED: ARCHIVE,
  },
  ARCHIVED: {
    DRAFT: { action: "article.restore" },
  },
});

/** The conditions of an article the workflow looks at, from what the caller loaded. */
export function articleConditions(article: { published: unknown }): ReadonlySet<ArticleCondition> {
  return new Set<ArticleCondition>(article.published ? ["live"] : []);
}

/**
 * What an edit does to the workflow: changing approved text sends it back to
 * review; changing a published (or withdrawn) story starts a new revision while
 * readers keep the published snapshot.
 */
export function statusAfterEdit(status: ArticleStatus): ArticleStatus {
  if (status === "APPROVED") return "IN_REVIEW";
  if (status === "PUBLISHED" || status === "UNPUBLISHED") return "DRAFT";
  return status;
}

export const EDITABLE_STATUSES: readonly ArticleStatus[] = ARTICLE_STATUSES.filter((s) => s !== "ARCHIVED");
