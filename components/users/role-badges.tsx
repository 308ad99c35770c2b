import type { Role } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/translator";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const ROLE_TONES: Record<Role, BadgeTone> = {
  ADMIN: "red",
  CHIEF_EDITOR: "violet",
  EDITOR: "blue",
  WRITER: "green",
  PRESS_OFFICER: "amber",
};

export function RoleBadges({ roles, t }: { roles: readonly Role[]; t: Translate }) {
  return (
    <span className="flex flex-wrap gap-1">
      {roles.map((role) => (
        <Badge key={role} tone={ROLE_TONES[role]}>
          {t(`admin.roles.${role}`)}
        </Badge>
      ))}
    </span>
  );
}
