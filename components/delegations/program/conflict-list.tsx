import type { ProgramConflict } from "@/lib/delegations/program-conflicts";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { formatProgramDay, formatTimeSpan, type ProgramItem } from "@/lib/itinerary/program";
import { Alert } from "@/components/ui/alert";

/** One sentence per conflict, naming the item and the other booking. */
export function conflictText(conflict: ProgramConflict, item: ProgramItem | undefined, locale: Locale, t: Translate): string {
  const activity = item?.activity ?? "";
  const time = item ? formatTimeSpan(item) : "";
  const other = (delegation: { reference: string | null; outletName: string }) => [delegation.reference, delegation.outletName].filter(Boolean).join(" · ");
  switch (conflict.kind) {
    case "outsideStay":
      return t("delegationProgram.conflicts.outsideStay", { activity, day: formatProgramDay(locale, conflict.day) });
    case "escortBusy":
      return t("delegationProgram.conflicts.escortBusy", {
        activity,
        time,
        escort: conflict.escortName,
        other: other(conflict.other),
        otherActivity: conflict.otherActivity,
        otherTime: formatTimeSpan({ startMinute: conflict.otherStart, endMinute: conflict.otherEnd }),
      });
    case "escortOnTrip":
      return t("delegationProgram.conflicts.escortOnTrip", { activity, day: item ? formatProgramDay(locale, item.day) : "", escort: conflict.escortName, trip: conflict.trip.title });
    case "hostBusy":
      return t("delegationProgram.conflicts.hostBusy", {
        activity,
        time,
        host: conflict.host,
        other: other(conflict.other),
        otherActivity: conflict.otherActivity,
        otherTime: formatTimeSpan({ startMinute: conflict.otherStart, endMinute: conflict.otherEnd }),
      });
  }
}

/** The saved program's conflicts; refreshed after every save (the action revalidates the page). */
export function ConflictList({ conflicts, items, locale, t }: { conflicts: readonly ProgramConflict[]; items: readonly ProgramItem[]; locale: Locale; t: Translate }) {
  const byId = new Map(items.map((item) => [item.id, item]));
  return (
    <section aria-labelledby="program-conflicts" className="mb-5 space-y-2">
      <h2 id="program-conflicts" className="text-base font-semibold text-slate-900">
        {t("delegationProgram.conflicts.heading")}
      </h2>
      {conflicts.length === 0 ? (
        <p className="text-sm text-slate-600">{t("delegationProgram.conflicts.none")}</p>
      ) : (
        <Alert tone="warning">
          <ul className="list-disc space-y-1 pl-5">
            {conflicts.map((conflict, index) => (
              <li key={`${conflict.kind}-${conflict.key}-${index}`}>{conflictText(conflict, byId.get(conflict.key), locale, t)}</li>
            ))}
          </ul>
        </Alert>
      )}
    </section>
  );
}
