import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translator";
import type { TripParticipantsView } from "@/lib/trips/participant-queries";
import { ParticipantActions } from "./participant-actions";
import { ParticipantDetails } from "./participant-details";
import { ParticipantStatusBadge } from "./participant-status-badge";
import { ParticipantWarnings } from "./participant-warnings";

const CELL = "px-3 py-2 align-top";

/**
 * The guest list: one row per person, then a row with their rooming and
 * transport. Personal columns exist only for "contact.personal" (the rows do
 * not even carry the data otherwise); the actions column only for "trip.manage".
 */
export function ParticipantsTable({ view, locale, t }: { view: TripParticipantsView; locale: Locale; t: Translate }) {
  if (view.participants.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-10 text-center text-sm text-slate-600">{t("participants.empty")}</p>;
  }
  const none = t("common.none");
  const columnCount = 7 + (view.canSeePersonal ? 3 : 0) + (view.canManage ? 1 : 0);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("participants.tableCaption")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2">{t("participants.columns.name")}</th>
            <th scope="col" className="px-3 py-2">{t("participants.columns.outlet")}</th>
            <th scope="col" className="px-3 py-2">{t("participants.columns.country")}</th>
            <th scope="col" className="px-3 py-2">{t("participants.columns.role")}</th>
            <th scope="col" className="px-3 py-2">{t("participants.columns.status")}</th>
            <th scope="col" className="px-3 py-2">{t("participants.columns.waitlistPosition")}</th>
            <th scope="col" className="px-3 py-2">{t("participants.columns.warnings")}</th>
            {view.canSeePersonal && (
              <>
                <th scope="col" className="px-3 py-2">{t("participants.columns.email")}</th>
                <th scope="col" className="px-3 py-2">{t("participants.columns.phone")}</th>
                <th scope="col" className="px-3 py-2">{t("participants.columns.needs")}</th>
              </>
            )}
            {view.canManage && <th scope="col" className="px-3 py-2">{t("participants.columns.actions")}</th>}
          </tr>
        </thead>
        {view.participants.map((row) => (
          // One body per person keeps their two rows together for assistive technology and styling.
          <tbody key={row.id} className="border-b border-slate-100 last:border-b-0">
            <tr>
              <th scope="row" className={`${CELL} font-normal`}>
                <Link href={`/admin/contacts/${row.contactId}`} className="font-medium text-slate-900 hover:text-blue-800 hover:underline">
                  {row.latinName}
                </Link>
                {row.nativeName && <span className="block text-xs text-slate-600">{row.nativeName}</span>}
              </th>
              <td className={`${CELL} text-slate-700`}>{row.outlet?.name ?? row.mission?.name ?? none}</td>
              <td className={`${CELL} text-slate-700`}>{row.nationality}</td>
              <td className={`${CELL} text-slate-700`}>{t(`contacts.roles.${row.role}`)}</td>
              <td className={CELL}>
                <ParticipantStatusBadge status={row.status} label={t(`participants.status.${row.status}`)} />
              </td>
              <td className={`${CELL} text-slate-700`}>
                {row.waitlistPosition === null ? (
                  none
                ) : (
                  <span title={t("participants.waitlistPosition", { position: row.waitlistPosition })}>{formatNumber(locale, row.waitlistPosition)}</span>
                )}
              </td>
              <td className={CELL}>
                <ParticipantWarnings name={row.latinName} warnings={row.warnings} locale={locale} t={t} />
              </td>
              {view.canSeePersonal && (
                <>
                  <td className={`${CELL} text-slate-700`}>{row.email ?? none}</td>
                  <td className={`${CELL} text-slate-700`}>{row.phone ?? none}</td>
                  <td className={`${CELL} whitespace-pre-line text-slate-700`}>{row.needs || none}</td>
                </>
              )}
              {view.canManage && (
                <td className={CELL}>
                  <ParticipantActions tripId={view.trip.id} participant={{ id: row.id, version: row.version, latinName: row.latinName }} controls={row.controls} />
                </td>
              )}
            </tr>
            {(row.controls.editDetails || row.rooming || row.transport || row.notes) && (
              <tr>
                <td colSpan={columnCount} className="px-3 pb-2">
                  <ParticipantDetails
                    tripId={view.trip.id}
                    participant={{ id: row.id, version: row.version, latinName: row.latinName, rooming: row.rooming, transport: row.transport, notes: row.notes }}
                    canEdit={row.controls.editDetails}
                  />
                </td>
              </tr>
            )}
          </tbody>
        ))}
      </table>
    </div>
  );
}
