import { hashPassword } from "@/lib/auth/password";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import type { CreateUserInput, SetUserActiveInput, UpdateUserInput } from "./schemas";

export type UserChange = { id: string; version: number };

function emailTaken(): AppError {
  return new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { email: ["admin.users.emailTaken"] } });
}

function isEmailUniqueViolation(error: unknown): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && JSON.stringify(error.meta ?? {}).includes("email")
  );
}

/** A zero-row compare-and-set means the user is gone (404) or someone saved first (409). */
async function staleOrMissing(userId: string): Promise<AppError> {
  const exists = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  return exists ? new AppError("CONFLICT", "admin.users.conflict") : notFound();
}

export async function createUser({ actor, input }: { actor: Actor; input: CreateUserInput }): Promise<UserChange> {
  assertCan(actor, "user.manage");
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { name: input.name, email: input.email, passwordHash, roles: input.roles, preferredLocale: input.preferredLocale },
      select: { id: true, version: true },
    });
  } catch (error) {
    if (isEmailUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

/**
 * Saves an administrator's edit over the version they loaded. An administrator
 * cannot take their own ADMIN role away: the newsroom would be left without
 * anyone able to undo it.
 */
export async function updateUser({ actor, input }: { actor: Actor; input: UpdateUserInput }): Promise<UserChange> {
  assertCan(actor, "user.manage");
  if (input.userId === actor.id && !input.roles.includes("ADMIN")) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { roles: ["admin.users.cannotRemoveOwnAdmin"] } });
  }
  const passwordHash = input.newPassword ? await hashPassword(input.newPassword) : undefined;
  try {
    const { count } = await db.user.updateMany({
      where: { id: input.userId, version: input.version },
      data: {
        name: input.name,
        email: input.email,
        roles: input.roles,
        preferredLocale: input.preferredLocale,
        ...(passwordHash ? { passwordHash } : {}),
        version: { increment: 1 },
      },
    });
    if (count === 0) throw await staleOrMissing(input.userId);
    return { id: input.userId, version: input.version + 1 };
  } catch (error) {
    if (isEmailUniqueViolation(error)) throw emailTaken();
    throw error;
  }
}

/**
 * Deactivates or reactivates an account. The person's live session ends on
 * their next request, because every request re-reads the user (lib/auth/actor.ts).
 */
export async function setUserActive({ actor, input }: { actor: Actor; input: SetUserActiveInput }): Promise<UserChange> {
  assertCan(actor, "user.manage");
  if (input.userId === actor.id && !input.isActive) throw new AppError("FORBIDDEN", "admin.users.cannotDeactivateSelf");
  const { count } = await db.user.updateMany({
    where: { id: input.userId, version: input.version },
    data: { isActive: input.isActive, deactivatedAt: input.isActive ? null : new Date(), version: { increment: 1 } },
  });
  if (count === 0) throw await staleOrMissing(input.userId);
  return { id: input.userId, version: input.version + 1 };
}

/** Anyone signed in may choose their own interface language; nobody else's. */
export async function setPreferredLocale({ actor, locale }: { actor: Actor; locale: Locale }): Promise<void> {
  await db.user.update({ where: { id: actor.id }, data: { preferredLocale: locale }, select: { id: true } });
}
