import type { TripStatus } from "@/lib/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const STATUS_TONES: Record<TripStatus, BadgeTone> = {
  IDEA: "neutral",
  PLANNED: "blue",
  APPROVED: "violet",
  INVITATIONS_SENT: "amber",
  CONFIRMED: "green",
  ONGOING: "green",
  COMPLETED: "slate",
  REPORTED: "slate",
  CANCELLED: "red",
};

/** A trip's workflow state; `label` is its translated name. */
export function TripStatusBadge({ status, label }: { status: TripStatus; label: string }) {
  return <Badge tone={STATUS_TONES[status]}>{label}</Badge>;
}
