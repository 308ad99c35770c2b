import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { listMissions, listOutlets } from "@/lib/contacts/queries";
import { createTranslator } from "@/lib/i18n/translator";
import { signInPath } from "@/components/auth/callback-path";
import { ContactForm } from "@/components/contacts/contact-form";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("contacts.newContact") };
}

export default async function NewContactPage() {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/contacts/new"));
  // The form holds contact details and needs: it is for those who may write and read them.
  if (!can(actor, "contact.manage") || !can(actor, "contact.personal")) forbidden();

  const t = createTranslator(await newsroomUiLocale(actor.preferredLocale));
  const [outlets, missions] = await Promise.all([listOutlets({ actor }), listMissions({ actor })]);
  return (
    <>
      <PageHeader title={t("contacts.newContact")} />
      <ContactForm outlets={outlets} missions={missions} />
    </>
  );
}
