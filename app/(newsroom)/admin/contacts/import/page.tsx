import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { createTranslator } from "@/lib/i18n/translator";
import { signInPath } from "@/components/auth/callback-path";
import { ContactImport } from "@/components/contacts/contact-import";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("contactsImport.title") };
}

export default async function ContactImportPage() {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/contacts/import"));
  // An import writes contact details and needs: for those who may write and read them.
  if (!can(actor, "contact.manage") || !can(actor, "contact.personal")) forbidden();

  const t = createTranslator(await newsroomUiLocale(actor.preferredLocale));
  return (
    <>
      <PageHeader
        title={t("contactsImport.title")}
        description={t("contactsImport.description")}
        actions={
          // A download, not a page: a plain link the browser saves.
          <a href="/api/contacts/import" download className="text-sm text-blue-800 underline hover:text-blue-950">
            {t("contactsImport.template")}
          </a>
        }
      />
      <ContactImport />
    </>
  );
}
