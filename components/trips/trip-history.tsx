import { formatDateTime, isoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { TripActivityItem } from "@/lib/trips/queries";
import type { TripDetailField } from "@/lib/trips/schemas";

/** The label each detail field has on the form, for "Changed: …". */
const FIELD_LABELS = {
  title: "trips.fields.title",
  provinceCodes: "trips.fields.provinces",
  startsOn: "trips.fields.startsOn",
  endsOn: "trips.fields.endsOn",
  topic: "trips.fields.topic",
  goals: "trips.fields.goals",
  partnerAuthority: "trips.fields.partnerAuthority",
  organiserId: "trips.fields.organiser",
  escortContactIds: "trips.fields.escorts",
  capacity: "trips.fields.capacity",
  budgetLines: "trips.fields.budgetLines",
} as const satisfies Record<TripDetailField, string>;

/** Every change to the trip, newest first; all text is rendered as text, never as markup. */
export function TripHistory({ items, locale, t }: { items: TripActivityItem[]; locale: Locale; t: Translate }) {
  return (
    <section aria-labelledby="trip-history-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="trip-history-title" className="mb-2 text-base font-semibold text-slate-900">
        {t("trips.history.title")}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("trips.history.empty")}</p>
      ) : (
        <ol className="divide-y divide-slate-100 text-sm">
          {items.map((item) => (
            <li key={item.id} className="py-2">
              <p>
                <time dateTime={isoDate(item.createdAt)} className="text-slate-600">
                  {formatDateTime(locale, item.createdAt)}
                </time>{" "}
                <span className="font-medium text-slate-900">{item.actorName}</span> {t(`trips.history.kinds.${item.kind}`)}
                {item.fromStatus && item.toStatus && (
                  <>
                    {": "}
                    {t("trips.history.statusChange", { from: t(`trips.status.${item.fromStatus}`), to: t(`trips.status.${item.toStatus}`) })}
                  </>
                )}
              </p>
              {item.detail.fields && item.detail.fields.length > 0 && (
                <p className="text-slate-700">{t("trips.history.changedFields", { fields: item.detail.fields.map((field) => t(FIELD_LABELS[field])).join(", ") })}</p>
              )}
              {item.detail.contactName && (
                <p className="text-slate-700">
                  {t("trips.history.contact", { name: item.detail.contactName })}
                  {item.detail.participantStatus && ` · ${t(`trips.participantStatus.${item.detail.participantStatus}`)}`}
                </p>
              )}
              {item.detail.title && <p className="text-slate-700">{t("trips.history.item", { title: item.detail.title })}</p>}
              {item.note && <p className="whitespace-pre-line text-slate-700">{t("trips.history.note", { note: item.note })}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
