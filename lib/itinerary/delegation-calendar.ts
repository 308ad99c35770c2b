/**
 * A delegation's stay and program as an .ics download: the stay as an
 * all-day event, then one event per item. Like a trip's file it names no one
 * who attends (the file leaves the newsroom).
 */
import type { Actor } from "@/lib/authz/policy";
import { getDelegationScopeOrThrow } from "@/lib/delegations/access";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import { listDelegationProgramItems } from "./delegation-itinerary";
import { buildCalendar, type IcsEvent } from "./ics";
import { programEvents } from "./program";
import type { CalendarFile } from "./trip-calendar";

/** "delegation.review": one delegation's .ics, labelled in the reader's language. */
export async function delegationCalendarFile({ actor, delegationId, locale, now = new Date() }: { actor: Actor; delegationId: string; locale: Locale; now?: Date }): Promise<CalendarFile> {
  const delegation = await getDelegationScopeOrThrow({ actor, delegationId });
  const t = createTranslator(locale);
  const reference = delegation.reference ?? delegation.id;
  const name = t("delegationProgram.calendarName", { reference, outlet: delegation.outletName });
  const status = delegation.status === "CANCELLED" ? "CANCELLED" : undefined;
  const stay: IcsEvent[] =
    delegation.arrivalOn && delegation.departureOn ? [{ uid: `${delegation.id}@newsroom`, summary: name, allDay: { first: delegation.arrivalOn, last: delegation.departureOn }, status }] : [];
  const items = await listDelegationProgramItems(delegation.id);
  return { fileName: `${reference}.ics`, body: buildCalendar({ name, events: [...stay, ...programEvents(items, t, status)], now }) };
}
