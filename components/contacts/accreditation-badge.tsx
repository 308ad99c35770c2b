import type { AccreditationStatus } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translator";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const TONES: Record<AccreditationStatus, BadgeTone> = { NONE: "slate", PENDING: "amber", ACCREDITED: "green", EXPIRED: "red" };

export function AccreditationBadge({ status, t }: { status: AccreditationStatus; t: Translate }) {
  return <Badge tone={TONES[status]}>{t(`contacts.accreditation.${status}`)}</Badge>;
}
