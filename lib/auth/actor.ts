import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { isLocale, DEFAULT_LOCALE, type Locale } from "@/lib/i18n/locales";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in person as every domain function receives it. */
export type SessionActor = { id: string; email: string; name: string; roles: Role[]; preferredLocale: Locale };

/**
 * Reads the user behind a session on every request, so a deactivated account
 * or a changed role takes effect at once, whatever the session token says.
 */
export async function loadActiveActor(userId: string | undefined | null): Promise<SessionActor | null> {
  if (!userId || !UUID.test(userId)) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, roles: true, isActive: true, preferredLocale: true },
  });
  if (!user?.isActive) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    roles: user.roles,
    preferredLocale: isLocale(user.preferredLocale) ? user.preferredLocale : DEFAULT_LOCALE,
  };
}
