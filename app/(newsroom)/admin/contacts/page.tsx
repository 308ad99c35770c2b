import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { listContacts, listMissions, listOutlets } from "@/lib/contacts/queries";
import { contactListFiltersSchema, type ContactListFilters } from "@/lib/contacts/schemas";
import { createTranslator } from "@/lib/i18n/translator";
import { signInPath } from "@/components/auth/callback-path";
import { ContactFilters } from "@/components/contacts/contact-filters";
import { ContactsTable } from "@/components/contacts/contacts-table";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { buttonClasses, ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { firstValues, listHref } from "../list-query";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const FILTER_KEYS = ["q", "role", "outletId", "missionId", "nationality", "accreditationStatus"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("contacts.title") };
}

const pageHref = (filters: ContactListFilters, cursor: string | null) => listHref("/admin/contacts", FILTER_KEYS, filters, cursor);

/** The export of what the directory shows now: the same filters, every page. */
const exportHref = (filters: ContactListFilters, format: "csv" | "xlsx") =>
  listHref("/api/contacts/export", ["format", ...FILTER_KEYS], { ...filters, format }, null);

export default async function ContactsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/contacts"));
  if (!can(actor, "contact.read")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const filters = contactListFiltersSchema.parse(firstValues(await searchParams));
  const [page, outlets, missions] = await Promise.all([listContacts({ actor, filters }), listOutlets({ actor }), listMissions({ actor })]);
  const isFiltered = FILTER_KEYS.some((key) => Boolean(filters[key]));

  return (
    <>
      <PageHeader
        title={t("contacts.title")}
        description={t("contacts.description")}
        actions={
          <>
            <ButtonLink href="/admin/contacts/organisations">{t("contacts.organisations.link")}</ButtonLink>
            <span role="group" aria-label={t("contactsImport.exportLabel")} className="flex items-center gap-2">
              {/* Downloads, not pages: plain links the browser saves. */}
              <a href={exportHref(filters, "csv")} download className={buttonClasses("secondary")}>
                {t("contactsImport.exportCsv")}
              </a>
              <a href={exportHref(filters, "xlsx")} download className={buttonClasses("secondary")}>
                {t("contactsImport.exportXlsx")}
              </a>
            </span>
            {can(actor, "contact.manage") && can(actor, "contact.personal") && (
              <ButtonLink href="/admin/contacts/import">{t("contactsImport.importLink")}</ButtonLink>
            )}
            {can(actor, "contact.manage") && (
              <ButtonLink href="/admin/contacts/new" variant="primary">
                {t("contacts.newContact")}
              </ButtonLink>
            )}
          </>
        }
      />
      <ContactFilters filters={filters} outlets={outlets} missions={missions} t={t} />
      <ContactsTable items={page.items} isFiltered={isFiltered} canSeePersonal={can(actor, "contact.personal")} locale={locale} t={t} />
      <Pagination
        className="mt-4 justify-end"
        label={t("common.pagination")}
        previous={{ href: filters.cursor ? pageHref(filters, null) : null, label: t("contacts.firstPage") }}
        next={{ href: page.nextCursor ? pageHref(filters, page.nextCursor) : null, label: t("common.next") }}
      />
    </>
  );
}
