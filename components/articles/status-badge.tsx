import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const STATUS_TONES: Record<ArticleStatus, BadgeTone> = {
  DRAFT: "neutral",
  IN_REVIEW: "blue",
  CHANGES_REQUESTED: "amber",
  APPROVED: "violet",
  PUBLISHED: "green",
  UNPUBLISHED: "red",
  ARCHIVED: "slate",
};

/** An article's workflow state; `label` is its translated name. */
export function StatusBadge({ status, label }: { status: ArticleStatus; label: string }) {
  return <Badge tone={STATUS_TONES[status]}>{label}</Badge>;
}
