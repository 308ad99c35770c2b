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

/** Who may move an article where. Edits never change status through this table's back door. */
export const ARTICLE_WORKFLOW = defineWorkflow<ArticleStatus>({
  DRAFT: {
    IN_REVIEW: { action: "article.submit" },
    ARCHIVED: { action: "article.archive" },
  },
  IN_REVIEW: {
    CHANGES_REQUESTED: { action: "article.review", requiresNote: true },
    APPROVED: { action: "article.review" },
    ARCHIVED: { action: "article.archive" },
  },
  CHANGES_REQUESTED: {
    IN_REVIEW: { action: "article.submit" },
    ARCHIVED: { action: "article.archive" },
  },
  APPROVED: {
    PUBLISHED: { action: "article.publish" },
    CHANGES_REQUESTED: { action: "article.review", requiresNote: true },
    ARCHIVED: { action: "article.archive" },
  },
  PUBLISHED: {
    UNPUBLISHED: { action: "article.publish" },
  },
  UNPUBLISHED: {
    PUBLISHED: { action: "article.publish" },
    DRAFT: { action: "article.edit" },
    ARCHIVED: { action: "article.archive" },
  },
  ARCHIVED: {
    DRAFT: { action: "article.restore" },
  },
});

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
