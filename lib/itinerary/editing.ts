/**
 * The program as the editor holds it while a press officer works: raw field
 * values (a half-typed time is still there), in an order that is the order of
 * each day. Pure functions, so the editor's moves are tested without a browser.
 */
import type { CalendarDate } from "@/lib/i18n/calendar-date";
import { clockFromMinutes, endMinutesFromClock, minutesFromClock } from "./clock";
import { groupByDay, type ProgramItem } from "./program";
import type { TimedItem } from "./rules";

export type DraftItem = {
  /** The item's id once saved; a local key before. */
  key: string;
  id?: string;
  day: CalendarDate;
  start: string;
  end: string;
  activity: string;
  place: string;
  host: string;
  transport: string;
  notes: string;
  forSubset: boolean;
  attendeeContactIds: string[];
};

export type DraftField = Exclude<keyof DraftItem, "key" | "id">;

export function draftFromProgramItem(item: ProgramItem): DraftItem {
  return {
    key: item.id,
    id: item.id,
    day: item.day,
    start: clockFromMinutes(item.startMinute),
    end: item.endMinute === null ? "" : clockFromMinutes(item.endMinute),
    activity: item.activity,
    place: item.place,
    host: item.host,
    transport: item.transport,
    notes: item.notes,
    forSubset: item.forSubset,
    attendeeContactIds: item.attendees.map((attendee) => attendee.contactId),
  };
}

/** A new item starts where the day's last one ends (or starts), else at nine. */
export function newDraft(drafts: readonly DraftItem[], day: CalendarDate, key: string): DraftItem {
  const last = drafts.filter((draft) => draft.day === day).at(-1);
  const start = last ? (last.end && last.end !== "24:00" ? last.end : last.start) : "09:00";
  return { key, day, start, end: "", activity: "", place: "", host: "", transport: "", notes: "", forSubset: false, attendeeContactIds: [] };
}

/** The drafts in program order: day by day, each day in its arranged order. */
export function inProgramOrder(drafts: readonly DraftItem[], days: readonly CalendarDate[]): DraftItem[] {
  return groupByDay(drafts, days).flatMap((group) => group.items);
}

/** Swaps an item with its neighbour of the same day; other days are untouched. */
export function moveWithinDay(drafts: readonly DraftItem[], key: string, offset: -1 | 1): DraftItem[] {
  const index = drafts.findIndex((draft) => draft.key === key);
  if (index < 0) return [...drafts];
  const day = drafts[index].day;
  let neighbour = index + offset;
  while (neighbour >= 0 && neighbour < drafts.length && drafts[neighbour].day !== day) neighbour += offset;
  if (neighbour < 0 || neighbour >= drafts.length) return [...drafts];
  const next = [...drafts];
  [next[index], next[neighbour]] = [next[neighbour], next[index]];
  return next;
}

/** Drops an item just before or after another item of the same day (drag and drop). */
export function moveNextTo(drafts: readonly DraftItem[], key: string, targetKey: string, after: boolean): DraftItem[] {
  const moving = drafts.find((draft) => draft.key === key);
  const target = drafts.find((draft) => draft.key === targetKey);
  if (!moving || !target || moving === target || moving.day !== target.day) return [...drafts];
  const rest = drafts.filter((draft) => draft !== moving);
  const at = rest.indexOf(target) + (after ? 1 : 0);
  return [...rest.slice(0, at), moving, ...rest.slice(at)];
}

/** Another day: the item goes to the end of that day. */
export function changeDay(drafts: readonly DraftItem[], key: string, day: CalendarDate): DraftItem[] {
  const moving = drafts.find((draft) => draft.key === key);
  if (!moving || moving.day === day) return [...drafts];
  return [...drafts.filter((draft) => draft !== moving), { ...moving, day }];
}

const sortMinute = (draft: DraftItem) => minutesFromClock(draft.start) ?? Number.POSITIVE_INFINITY;

/** One day's items by start time (unreadable times last, ties kept in order); other days stay where they are. */
export function sortDayByTime(drafts: readonly DraftItem[], day: CalendarDate): DraftItem[] {
  const slots = drafts.flatMap((draft, index) => (draft.day === day ? [index] : []));
  const sorted = slots.map((index) => drafts[index]).sort((a, b) => sortMinute(a) - sortMinute(b));
  const next = [...drafts];
  slots.forEach((slot, position) => (next[slot] = sorted[position]));
  return next;
}

/** The items whose times can be read, as the overlap rule needs them. */
export function timedDrafts(drafts: readonly DraftItem[]): TimedItem[] {
  return drafts.flatMap((draft) => {
    const startMinute = minutesFromClock(draft.start);
    if (startMinute === null) return [];
    const end = draft.end ? endMinutesFromClock(draft.end) : null;
    return [
      {
        key: draft.key,
        activity: draft.activity,
        day: draft.day,
        startMinute,
        endMinute: end !== null && end > startMinute ? end : null,
        forSubset: draft.forSubset,
        attendeeContactIds: draft.attendeeContactIds,
      },
    ];
  });
}

/** What the save posts, in program order; `keys[i]` is the draft behind `items[i]`, to put errors back beside it. */
export function draftsToPost(drafts: readonly DraftItem[], days: readonly CalendarDate[]) {
  const ordered = inProgramOrder(drafts, days);
  return {
    keys: ordered.map((draft) => draft.key),
    items: ordered.map(({ key: _key, id, attendeeContactIds, forSubset, ...fields }) => ({
      ...(id ? { id } : {}),
      ...fields,
      forSubset,
      attendeeContactIds: forSubset ? attendeeContactIds : [],
    })),
  };
}
