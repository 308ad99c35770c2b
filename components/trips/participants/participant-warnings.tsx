import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import { formatCalendarDate, formatCalendarRange } from "@/lib/i18n/calendar-date";
import type { Translate } from "@/lib/i18n/translator";
import type { ParticipantWarning } from "@/lib/trips/participant-warnings";

/** A warning sign; the text beside it says what it is about, so the icon itself is hidden from assistive technology. */
function WarningIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 fill-amber-600">
      <path d="M10 2 1 18h18L10 2Zm-1 6h2v5H9V8Zm0 6h2v2H9v-2Z" />
    </svg>
  );
}

export function warningText(warning: ParticipantWarning, locale: Locale, t: Translate): string {
  switch (warning.kind) {
    case "OVERLAPPING_TRIP":
      return t("participants.warnings.OVERLAPPING_TRIP", { title: warning.title, dates: formatCalendarRange(locale, warning.startsOn, warning.endsOn) });
    case "OVERLAPPING_DELEGATION":
      return t("participants.warnings.OVERLAPPING_DELEGATION", {
        reference: warning.reference,
        outlet: warning.outletName,
        dates: formatCalendarRange(locale, warning.arrivalOn, warning.departureOn),
      });
    case "ACCREDITATION_EXPIRES":
      return t("participants.warnings.ACCREDITATION_EXPIRES", { date: formatCalendarDate(locale, warning.expiresOn) });
    default:
      return t(`participants.warnings.${warning.kind}`);
  }
}

/**
 * A person's warnings as icon and text, named for the person ("Warnings for
 * Anna Schmidt"). Renders on the server and inside the invite picker alike.
 */
export function ParticipantWarnings({ name, warnings, locale, t }: { name: string; warnings: readonly ParticipantWarning[]; locale: Locale; t: Translate }) {
  if (warnings.length === 0) return <span className="text-xs text-slate-500">{t("participants.warnings.none")}</span>;
  return (
    <ul aria-label={t("participants.warnings.label", { name })} className="space-y-0.5 text-xs text-amber-950">
      {warnings.map((warning, index) => (
        <li key={index} className="flex gap-1">
          <WarningIcon />
          {warning.kind === "OVERLAPPING_TRIP" || warning.kind === "OVERLAPPING_DELEGATION" ? (
            <Link
              href={warning.kind === "OVERLAPPING_TRIP" ? `/admin/trips/${warning.tripId}/participants` : `/admin/delegations/${warning.delegationId}`}
              className="underline hover:text-amber-800"
            >
              {warningText(warning, locale, t)}
            </Link>
          ) : (
            <span>{warningText(warning, locale, t)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}
