import { assertCan, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/lib/i18n/locales";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type UserListItem = {
  id: string;
  name: string;
  email: string;
  roles: Role[];
  isActive: boolean;
  createdAt: Date;
};

/** The newsroom's staff is small (tens, not thousands): one page, active people first. */
export async function listUsers({ actor }: { actor: Actor }): Promise<UserListItem[]> {
  assertCan(actor, "user.manage");
  return db.user.findMany({
    orderBy: [{ isActive: "desc" }, { name: "asc" }],
    select: { id: true, name: true, email: true, roles: true, isActive: true, createdAt: true },
  });
}

export type UserForAdmin = UserListItem & {
  preferredLocale: Locale;
  version: number;
  deactivatedAt: Date | null;
  isSelf: boolean;
};

export async function getUserForAdmin({ actor, userId }: { actor: Actor; userId: string }): Promise<UserForAdmin> {
  assertCan(actor, "user.manage");
  if (!UUID.test(userId)) throw notFound();
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      roles: true,
      isActive: true,
      createdAt: true,
      preferredLocale: true,
      version: true,
      deactivatedAt: true,
    },
  });
  if (!user) throw notFound();
  return {
    ...user,
    preferredLocale: isLocale(user.preferredLocale) ? user.preferredLocale : DEFAULT_LOCALE,
    isSelf: user.id === actor.id,
  };
}
