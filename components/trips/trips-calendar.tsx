import Link from "next/link";
import { calendarDateToDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import { intlLocale } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { monthWeeks, shiftMonth, type CalendarMonth, type CalendarTrip } from "@/lib/trips/overview";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/class-names";

// 2024-01-01 was a Monday: the seven days from it name the weekdays, Monday first.
const A_MONDAY = Date.UTC(2024, 0, 1);
const WEEKDAYS = Array.from({ length: 7 }, (_, index) => new Date(A_MONDAY + index * 86_400_000));

type TripsCalendarProps = { month: CalendarMonth; today: CalendarDate; trips: CalendarTrip[]; locale: Locale; t: Translate };

/**
 * A month as a table: weekday headers in the reader's language (Monday first),
 * each trip listed on every day it spans, today marked for sight and for
 * screen readers, and links to the months around it.
 */
export function TripsCalendar({ month, today, trips, locale, t }: TripsCalendarProps) {
  const weekdayLong = new Intl.DateTimeFormat(intlLocale(locale), { weekday: "long", timeZone: "UTC" });
  const weekdayShort = new Intl.DateTimeFormat(intlLocale(locale), { weekday: "short", timeZone: "UTC" });
  const monthName = new Intl.DateTimeFormat(intlLocale(locale), { month: "long", year: "numeric", timeZone: "UTC" }).format(calendarDateToDb(`${month}-01`));
  // "tháng 9 năm 2023" starts a caption: only its first letter is raised (CSS capitalize would raise every word).
  const monthTitle = monthName.charAt(0).toLocaleUpperCase(intlLocale(locale)) + monthName.slice(1);
  const dayLabel = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "full", timeZone: "UTC" });
  const onDay = (day: CalendarDate) => trips.filter((trip) => trip.startsOn <= day && day <= trip.endsOn);

  return (
    <div className="space-y-3">
      <nav aria-label={t("trips.calendar.monthNav")} className="flex flex-wrap items-center gap-2">
        <Link href={`/admin/trips/calendar?month=${shiftMonth(month, -1)}`} rel="prev" className={buttonClasses("secondary", "sm")}>
          ← {t("trips.calendar.previous")}
        </Link>
        <Link href={`/admin/trips/calendar?month=${today.slice(0, 7)}`} className={buttonClasses("ghost", "sm")}>
          {t("trips.calendar.thisMonth")}
        </Link>
        <Link href={`/admin/trips/calendar?month=${shiftMonth(month, 1)}`} rel="next" className={buttonClasses("secondary", "sm")}>
          {t("trips.calendar.next")} →
        </Link>
      </nav>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full table-fixed border-collapse text-sm">
          <caption className="px-3 py-2 text-left text-lg font-semibold text-slate-900">{monthTitle}</caption>
          <thead>
            <tr>
              {WEEKDAYS.map((day) => (
                <th key={day.getTime()} scope="col" className="border-b border-slate-200 bg-slate-50 px-2 py-1 text-xs font-medium text-slate-600">
                  <abbr title={weekdayLong.format(day)} className="no-underline">
                    {weekdayShort.format(day)}
                  </abbr>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {monthWeeks(month).map((week) => (
              <tr key={week[0]}>
                {week.map((day) => {
                  const inMonth = day.startsWith(month);
                  const isToday = day === today;
                  const dayTrips = onDay(day);
                  return (
                    <td
                      key={day}
                      aria-current={isToday ? "date" : undefined}
                      className={cx("h-24 border border-slate-100 p-1 align-top", !inMonth && "bg-slate-50 text-slate-600", isToday && "bg-blue-50 ring-2 ring-blue-700 ring-inset")}
                    >
                      <span className={cx("block text-xs font-medium", isToday && "text-blue-900")}>
                        <span aria-hidden="true">{Number(day.slice(8))}</span>
                        <span className="sr-only">{dayLabel.format(calendarDateToDb(day))}</span>
                        {isToday && <span className="ml-1 font-normal">({t("trips.calendar.today")})</span>}
                      </span>
                      {dayTrips.length > 0 && (
                        <ul className="mt-1 space-y-1">
                          {dayTrips.map((trip) => (
                            <li key={trip.id}>
                              <Link
                                href={`/admin/trips/${trip.id}`}
                                className={cx("block truncate rounded px-1 text-xs text-blue-900 hover:underline", trip.status === "CANCELLED" ? "line-through" : "bg-blue-100")}
                                title={trip.title}
                              >
                                {trip.title}
                                <span className="sr-only"> ({t(`trips.status.${trip.status}`)})</span>
                              </Link>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {trips.length === 0 && <p className="text-sm text-slate-600">{t("trips.calendar.noTrips")}</p>}
    </div>
  );
}
