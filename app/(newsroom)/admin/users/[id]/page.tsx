import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { formatDateTime } from "@/lib/i18n/format";
import { createTranslator } from "@/lib/i18n/translator";
import { getUserForAdmin } from "@/lib/users/queries";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { PageHeader } from "@/components/ui/page-header";
import { RoleBadges } from "@/components/users/role-badges";
import { UserForm } from "@/components/users/user-form";
import { pageErrorFor } from "../../page-errors";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("admin.users.editUser") };
}

export default async function EditUserPage({ params }: { params: Params }) {
  const { id } = await params;
  const path = `/admin/users/${id}`;
  const actor = await currentActor();
  if (!actor) redirect(signInPath(path));
  if (!can(actor, "user.manage")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const user = await getUserForAdmin({ actor, userId: id }).catch(pageErrorFor(path));
  return (
    <>
      <PageHeader title={user.name} description={<RoleBadges roles={user.roles} t={t} />} />
      <UserForm
        // After a save the page re-renders with a new version; the form keeps its own state.
        key={user.id}
        passwordMinLength={PASSWORD_MIN_LENGTH}
        user={{
          id: user.id,
          name: user.name,
          email: user.email,
          roles: user.roles,
          preferredLocale: user.preferredLocale,
          version: user.version,
          isActive: user.isActive,
          isSelf: user.isSelf,
          deactivatedLabel: user.deactivatedAt ? t("admin.users.deactivatedAt", { date: formatDateTime(locale, user.deactivatedAt) }) : null,
        }}
      />
    </>
  );
}
