import Link from "next/link";
import type { ContactListItem } from "@/lib/contacts/queries";
import { formatCalendarDate } from "@/lib/i18n/calendar-date";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { AccreditationBadge } from "./accreditation-badge";

type ContactsTableProps = { items: ContactListItem[]; isFiltered: boolean; canSeePersonal: boolean; locale: Locale; t: Translate };

/** One page of the directory. The email column exists only for those allowed to see it. */
export function ContactsTable({ items, isFiltered, canSeePersonal, locale, t }: ContactsTableProps) {
  if (items.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-10 text-center text-sm text-slate-600">
        {isFiltered ? t("contacts.emptyFiltered") : t("contacts.empty")}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2">{t("contacts.fields.latinName")}</th>
            <th scope="col" className="px-3 py-2">{t("contacts.fields.role")}</th>
            <th scope="col" className="px-3 py-2">{t("contacts.fields.outlet")} / {t("contacts.fields.mission")}</th>
            <th scope="col" className="px-3 py-2">{t("contacts.fields.country")}</th>
            <th scope="col" className="px-3 py-2">{t("contacts.fields.accreditationStatus")}</th>
            {canSeePersonal && <th scope="col" className="px-3 py-2">{t("contacts.fields.email")}</th>}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((contact) => (
            <tr key={contact.id} className="hover:bg-slate-50">
              <td className="px-3 py-2">
                <Link href={`/admin/contacts/${contact.id}`} className="font-medium text-slate-900 hover:text-blue-800 hover:underline">
                  {contact.latinName}
                </Link>
                {contact.nativeName && <span className="block text-xs text-slate-600">{contact.nativeName}</span>}
              </td>
              <td className="px-3 py-2 text-slate-700">{t(`contacts.roles.${contact.role}`)}</td>
              <td className="px-3 py-2 text-slate-700">{contact.outlet?.name ?? contact.mission?.name ?? t("common.none")}</td>
              <td className="px-3 py-2 text-slate-700">{contact.nationality}</td>
              <td className="px-3 py-2">
                <AccreditationBadge status={contact.accreditationStatus} t={t} />
                {contact.accreditationExpiresOn && (
                  <span className="ml-1 text-xs text-slate-600">{formatCalendarDate(locale, contact.accreditationExpiresOn)}</span>
                )}
              </td>
              {canSeePersonal && <td className="px-3 py-2 text-slate-700">{contact.email ?? t("common.none")}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
