import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { formatNumber } from "@/lib/i18n/format";
import { createTranslator } from "@/lib/i18n/translator";
import { listUsers } from "@/lib/users/queries";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { UsersTable } from "@/components/users/users-table";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("admin.usersTitle") };
}

export default async function UsersPage() {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/users"));
  if (!can(actor, "user.manage")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const users = await listUsers({ actor });
  return (
    <>
      <PageHeader
        title={t("admin.usersTitle")}
        description={t("admin.users.count", { count: formatNumber(locale, users.length) })}
        actions={
          <ButtonLink href="/admin/users/new" variant="primary">
            {t("admin.users.newUser")}
          </ButtonLink>
        }
      />
      <UsersTable users={users} locale={locale} t={t} />
    </>
  );
}
