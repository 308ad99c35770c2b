"use server";

import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { authedAction } from "@/lib/action";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";
import { createUser, setPreferredLocale, setUserActive, updateUser } from "./mutations";
import { createUserSchema, setPreferredLocaleSchema, setUserActiveSchema, updateUserSchema } from "./schemas";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

export const createUserAction = authedAction("createUser", createUserSchema, async (input, { actor }) => {
  const user = await createUser({ actor, input });
  revalidatePath("/admin/users");
  return user;
});

export const updateUserAction = authedAction("updateUser", updateUserSchema, async (input, { actor }) => {
  const user = await updateUser({ actor, input });
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${user.id}`);
  return user;
});

export const setUserActiveAction = authedAction("setUserActive", setUserActiveSchema, async (input, { actor }) => {
  const user = await setUserActive({ actor, input });
  revalidatePath("/admin/users");
  revalidatePath(`/admin/users/${user.id}`);
  return user;
});

/** Remembers the interface language twice: in this browser (cookie) and on the account. */
export const setLocaleAction = authedAction("setLocale", setPreferredLocaleSchema, async ({ locale }, { actor }) => {
  await setPreferredLocale({ actor, locale });
  (await cookies()).set(LOCALE_COOKIE, locale, { path: "/", maxAge: ONE_YEAR_SECONDS, sameSite: "lax" });
  revalidatePath("/", "layout");
  return { locale };
});
