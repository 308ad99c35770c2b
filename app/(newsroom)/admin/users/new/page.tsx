import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { createTranslator } from "@/lib/i18n/translator";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { PageHeader } from "@/components/ui/page-header";
import { UserForm } from "@/components/users/user-form";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("admin.users.newUser") };
}

export default async function NewUserPage() {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/users/new"));
  if (!can(actor, "user.manage")) forbidden();

  const t = createTranslator(await newsroomUiLocale(actor.preferredLocale));
  return (
    <>
      <PageHeader title={t("admin.users.newUser")} />
      <UserForm passwordMinLength={PASSWORD_MIN_LENGTH} />
    </>
  );
}
