import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const STATUS_TONES: Record<DelegationStatus, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "blue",
  UNDER_REVIEW: "violet",
  INFO_REQUESTED: "amber",
  APPROVED: "green",
  REJECTED: "red",
  ARRIVED: "green",
  IN_PROGRESS: "green",
  COMPLETED: "slate",
  WITHDRAWN: "slate",
  CANCELLED: "red",
};

/** An application's workflow state; `label` is its translated name. */
export function DelegationStatusBadge({ status, label }: { status: DelegationStatus; label: string }) {
  return <Badge tone={STATUS_TONES[status]}>{label}</Badge>;
}
