import type { ReactNode } from "react";
import type { ContactDetail } from "@/lib/contacts/queries";
import { formatCalendarDate } from "@/lib/i18n/calendar-date";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { AccreditationBadge } from "./accreditation-badge";

/** The read-only view of a contact for the desk: personal fields are not in the DTO, so not here. */
export function ContactFacts({ contact, locale, t }: { contact: ContactDetail; locale: Locale; t: Translate }) {
  const none = t("common.none");
  const rows: [string, ReactNode][] = [
    [t("contacts.fields.nativeName"), contact.nativeName || none],
    [t("contacts.fields.country"), contact.nationality],
    [t("contacts.fields.role"), t(`contacts.roles.${contact.role}`)],
    [t("contacts.fields.outlet"), contact.outlet?.name ?? none],
    [t("contacts.fields.mission"), contact.mission?.name ?? none],
    [t("contacts.fields.languages"), contact.languages.join(", ") || none],
    [
      t("contacts.fields.accreditationStatus"),
      <>
        <AccreditationBadge status={contact.accreditationStatus} t={t} />
        {contact.accreditationExpiresOn && <span className="ml-2">{formatCalendarDate(locale, contact.accreditationExpiresOn)}</span>}
      </>,
    ],
    [t("contacts.fields.notes"), contact.notes || none],
  ];
  return (
    <dl className="grid max-w-3xl grid-cols-[minmax(0,14rem)_1fr] gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white p-5 text-sm">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-600">{label}</dt>
          <dd className="whitespace-pre-line text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
