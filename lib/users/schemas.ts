import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { Role } from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/lib/i18n/locales";

/** Roles in the order the newsroom thinks of them. */
export const ROLES = [Role.ADMIN, Role.CHIEF_EDITOR, Role.EDITOR, Role.WRITER, Role.PRESS_OFFICER] as const;

// Extra keys (an `isActive`, a `passwordHash`, an `id`) are refused, not ignored.
const strict = { error: (issue: { code?: string }) => (issue.code === "unrecognized_keys" ? "validation.unknownField" : undefined) };

/** A form posts one checkbox value as a string and several as an array. */
const oneOrMany = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

const name = z.string().trim().min(1, "validation.required").max(120, "validation.tooLong");
const email = z.string().trim().toLowerCase().max(320, "validation.tooLong").pipe(z.email("validation.invalidEmail"));
const password = z.string().min(PASSWORD_MIN_LENGTH, "validation.passwordTooShort").max(1024, "validation.tooLong");
const roles = z.preprocess(
  oneOrMany,
  z.array(z.enum(ROLES, "validation.invalid")).min(1, "admin.users.rolesRequired").max(ROLES.length, "validation.tooMany"),
);
const preferredLocale = z.enum(LOCALES, "validation.invalid");
const version = z.coerce.number<unknown>().int().positive();

export const createUserSchema = z.strictObject({ name, email, password, roles, preferredLocale: preferredLocale.default("vi") }, strict);
export type CreateUserInput = z.output<typeof createUserSchema>;

export const updateUserSchema = z.strictObject(
  {
    userId: z.uuid("validation.invalid"),
    version,
    name,
    email,
    roles,
    preferredLocale,
    /** Empty keeps the current password. */
    newPassword: z.union([z.literal(""), password]).optional().transform((value) => value || undefined),
  },
  strict,
);
export type UpdateUserInput = z.output<typeof updateUserSchema>;

export const setUserActiveSchema = z.strictObject({ userId: z.uuid("validation.invalid"), version, isActive: z.boolean() }, strict);
export type SetUserActiveInput = z.output<typeof setUserActiveSchema>;

export const setPreferredLocaleSchema = z.strictObject({ locale: preferredLocale }, strict);
export type SetPreferredLocaleInput = z.output<typeof setPreferredLocaleSchema>;
