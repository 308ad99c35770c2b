import type { TripParticipantStatus } from "@/lib/generated/prisma/enums";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONES: Record<TripParticipantStatus, BadgeTone> = {
  INVITED: "blue",
  ACCEPTED: "green",
  DECLINED: "slate",
  WAITLISTED: "amber",
  ATTENDED: "violet",
  NO_SHOW: "red",
};

/** A participant's answer or attendance; `label` is its translated name. */
export function ParticipantStatusBadge({ status, label }: { status: TripParticipantStatus; label: string }) {
  return <Badge tone={TONES[status]}>{label}</Badge>;
}
