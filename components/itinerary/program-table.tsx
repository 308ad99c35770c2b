import type { CalendarDate } from "@/lib/i18n/calendar-date";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { formatProgramDay, formatTimeSpan, type ProgramDay, type ProgramItem } from "@/lib/itinerary/program";

/** "Day 2 · Thursday 11 March 2027", or a day outside the dates (after the dates moved) said to be so. */
export function programDayHeading(day: CalendarDate, tripDays: readonly CalendarDate[], date: string, t: Translate): string {
  const number = tripDays.indexOf(day) + 1;
  return number > 0 ? t("itinerary.dayHeading", { number, date }) : t("itinerary.outsideDayHeading", { date });
}

function attendeesOf(item: ProgramItem, t: Translate): string {
  return item.forSubset ? item.attendees.map((attendee) => attendee.name).join(", ") : t("itinerary.allParticipants");
}

type ProgramTableProps = {
  days: readonly ProgramDay<ProgramItem>[];
  tripDays: readonly CalendarDate[];
  locale: Locale;
  t: Translate;
  /** Notes are for the newsroom; the printed program handed to guests leaves them out. */
  showNotes?: boolean;
};

/**
 * The program day by day, one table per day: the read-only view and the
 * printable program. A row never breaks across printed pages, and a day's
 * heading stays with its table.
 */
export function ProgramTable({ days, tripDays, locale, t, showNotes = false }: ProgramTableProps) {
  const cell = "border-b border-slate-200 px-2 py-1.5 align-top print:border-slate-400";
  return (
    <div className="space-y-6 print:space-y-4">
      {days.map((group) => {
        const headingId = `program-day-${group.day}`;
        return (
          <section key={group.day} aria-labelledby={headingId}>
            <h2 id={headingId} className="mb-2 text-base font-semibold text-slate-900 break-after-avoid">
              {programDayHeading(group.day, tripDays, formatProgramDay(locale, group.day), t)}
            </h2>
            {group.items.length === 0 ? (
              <p className="text-sm text-slate-600">{t("itinerary.emptyDay")}</p>
            ) : (
              <table className="w-full border-collapse text-left text-sm">
                <thead className="bg-slate-50 print:bg-transparent">
                  <tr className="break-inside-avoid">
                    <th scope="col" className={`${cell} w-28 font-semibold`}>
                      {t("itinerary.fields.time")}
                    </th>
                    <th scope="col" className={`${cell} font-semibold`}>
                      {t("itinerary.fields.activity")}
                    </th>
                    <th scope="col" className={`${cell} font-semibold`}>
                      {t("itinerary.fields.place")}
                    </th>
                    <th scope="col" className={`${cell} font-semibold`}>
                      {t("itinerary.fields.host")}
                    </th>
                    <th scope="col" className={`${cell} font-semibold`}>
                      {t("itinerary.fields.transport")}
                    </th>
                    <th scope="col" className={`${cell} font-semibold`}>
                      {t("itinerary.fields.attendees")}
                    </th>
                    {showNotes && (
                      <th scope="col" className={`${cell} font-semibold`}>
                        {t("itinerary.fields.notes")}
                      </th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {group.items.map((item) => (
                    <tr key={item.id} className="break-inside-avoid">
                      <td className={`${cell} whitespace-nowrap tabular-nums`}>{formatTimeSpan(item)}</td>
                      <th scope="row" className={`${cell} font-medium`}>
                        {item.activity}
                      </th>
                      <td className={cell}>{item.place}</td>
                      <td className={cell}>{item.host}</td>
                      <td className={cell}>{item.transport}</td>
                      <td className={cell}>{attendeesOf(item, t)}</td>
                      {showNotes && <td className={`${cell} whitespace-pre-line`}>{item.notes}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </div>
  );
}
