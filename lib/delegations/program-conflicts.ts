/**
 * Conflict checks across delegation programs. An item outside the stay is an
 * error (the save refuses it); an escort or a host booked twice is a warning
 * naming the other booking, because the press office may have arranged it
 * (a second escort covers, a ministry receives two outlets together).
 */
import type { Tx } from "@/lib/db";
import { calendarDateFromDb, calendarDateToDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import { isWithinDates } from "@/lib/itinerary/rules";
import { searchKey } from "@/lib/text/slug";
import { PROGRAM_STATUSES } from "./workflow";

/** What a check needs of an item; `key` names it back to the caller (its id, or its index when posted). */
export type CheckedItem = { key: string; activity: string; day: CalendarDate; startMinute: number; endMinute: number | null; host: string };

export type OtherDelegation = { id: string; reference: string | null; outletName: string };

export type ProgramConflict =
  | { kind: "outsideStay"; key: string; day: CalendarDate }
  | { kind: "escortBusy"; key: string; escortName: string; other: OtherDelegation; otherActivity: string; otherStart: number; otherEnd: number | null }
  | { kind: "escortOnTrip"; key: string; escortName: string; trip: { id: string; title: string } }
  | { kind: "hostBusy"; key: string; host: string; other: OtherDelegation; otherActivity: string; otherStart: number; otherEnd: number | null };

type Stay = { id: string; arrivalOn: CalendarDate | null; departureOn: CalendarDate | null };

const endOf = (item: { startMinute: number; endMinute: number | null }) => item.endMinute ?? item.startMinute + 1;
const overlaps = (a: { startMinute: number; endMinute: number | null }, b: { startMinute: number; endMinute: number | null }) =>
  a.startMinute < endOf(b) && b.startMinute < endOf(a);

/** Days of the program outside arrival..departure (every day when the stay is not set). */
export function outsideStay(items: readonly CheckedItem[], stay: Stay): ProgramConflict[] {
  return items.flatMap((item) =>
    stay.arrivalOn && stay.departureOn && isWithinDates(item.day, { startsOn: stay.arrivalOn, endsOn: stay.departureOn }) ? [] : [{ kind: "outsideStay" as const, key: item.key, day: item.day }],
  );
}

/**
 * Every conflict of these items (the delegation's saved or posted program)
 * with the programs of other delegations still being planned or under way, and
 * with the trips its escorts accompany.
 */
export async function findProgramConflicts(tx: Tx, stay: Stay, items: readonly CheckedItem[]): Promise<ProgramConflict[]> {
  const conflicts = outsideStay(items, stay);
  if (items.length === 0) return conflicts;
  const days = [...new Set(items.map((item) => item.day))];
  const dayValues = days.map(calendarDateToDb);
  const escorts = await tx.delegationEscort.findMany({ where: { delegationId: stay.id }, select: { contactId: true, contact: { select: { latinName: true } } } });
  const escortIds = escorts.map((escort) => escort.contactId);
  const escortName = new Map(escorts.map((escort) => [escort.contactId, escort.contact.latinName]));

  const [others, trips] = await Promise.all([
    tx.itineraryItem.findMany({
      where: { day: { in: dayValues }, delegationId: { not: null }, NOT: { delegationId: stay.id }, delegation: { status: { in: [...PROGRAM_STATUSES] } } },
      select: {
        day: true,
        startMinute: true,
        endMinute: true,
        activity: true,
        host: true,
        delegation: { select: { id: true, reference: true, outletName: true, escorts: { where: { contactId: { in: escortIds } }, select: { contactId: true } } } },
      },
      orderBy: [{ day: "asc" }, { startMinute: "asc" }],
    }),
    escortIds.length
      ? tx.tripEscort.findMany({
          where: { contactId: { in: escortIds }, trip: { status: { not: "CANCELLED" }, startsOn: { lte: dayValues.reduce((a, b) => (a > b ? a : b)) }, endsOn: { gte: dayValues.reduce((a, b) => (a < b ? a : b)) } } },
          select: { contactId: true, trip: { select: { id: true, title: true, startsOn: true, endsOn: true } } },
        })
      : Promise.resolve([]),
  ]);

  for (const item of items) {
    const host = searchKey(item.host);
    for (const other of others) {
      if (calendarDateFromDb(other.day) !== item.day || !overlaps(item, other) || !other.delegation) continue;
      const { escorts: shared, ...delegation } = other.delegation;
      const booking = { other: delegation, otherActivity: other.activity, otherStart: other.startMinute, otherEnd: other.endMinute };
      for (const { contactId } of shared) conflicts.push({ kind: "escortBusy", key: item.key, escortName: escortName.get(contactId) ?? "", ...booking });
      if (host && searchKey(other.host) === host) conflicts.push({ kind: "hostBusy", key: item.key, host: item.host, ...booking });
    }
    for (const { contactId, trip } of trips) {
      const range = { startsOn: calendarDateFromDb(trip.startsOn), endsOn: calendarDateFromDb(trip.endsOn) };
      if (isWithinDates(item.day, range)) conflicts.push({ kind: "escortOnTrip", key: item.key, escortName: escortName.get(contactId) ?? "", trip: { id: trip.id, title: trip.title } });
    }
  }
  return conflicts;
}
