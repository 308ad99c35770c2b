import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { listMissions, listOutlets } from "@/lib/contacts/queries";
import { createTranslator } from "@/lib/i18n/translator";
import { signInPath } from "@/components/auth/callback-path";
import { MissionForm } from "@/components/contacts/mission-form";
import { OrganisationsList } from "@/components/contacts/organisations-list";
import { OutletForm } from "@/components/contacts/outlet-form";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("contacts.organisations.title") };
}

export default async function OrganisationsPage() {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/contacts/organisations"));
  if (!can(actor, "contact.read")) forbidden();

  const t = createTranslator(await newsroomUiLocale(actor.preferredLocale));
  const [outlets, missions] = await Promise.all([listOutlets({ actor }), listMissions({ actor })]);
  return (
    <>
      <PageHeader title={t("contacts.organisations.title")} />
      <div className="space-y-4">
        {can(actor, "contact.manage") && (
          <div className="grid gap-4 md:grid-cols-2">
            <OutletForm />
            <MissionForm />
          </div>
        )}
        <OrganisationsList outlets={outlets} missions={missions} canManage={can(actor, "contact.manage")} t={t} />
      </div>
    </>
  );
}
