"use client";

import { useEffect, useMemo, useRef, useState, useTransition, type DragEvent } from "react";
import type { CalendarDate } from "@/lib/i18n/calendar-date";
import type { ActionState } from "@/lib/action";
import { saveTripItineraryAction } from "@/lib/itinerary/actions";
import {
  changeDay,
  draftFromProgramItem,
  draftsToPost,
  moveNextTo,
  moveWithinDay,
  newDraft,
  sortDayByTime,
  timedDrafts,
  type DraftField,
  type DraftItem,
} from "@/lib/itinerary/editing";
import { formatTimeSpan, groupByDay, type ProgramItem } from "@/lib/itinerary/program";
import { findOverlaps } from "@/lib/itinerary/rules";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { itemControlId, ItineraryItemCard, type AttendeeOption } from "./itinerary-item-card";
import { programDayHeading } from "./program-table";
import { useLeaveWarning } from "./use-leave-warning";

/** What a save posts besides the owner, which the owner's page binds. */
export type ProgramPost = { itineraryVersion: number; items: ReturnType<typeof draftsToPost>["items"] };
export type SaveProgram = (post: ProgramPost) => Promise<ActionState<{ itineraryVersion: number; itemIds: string[] }>>;

type EditorProps = {
  itineraryVersion: number;
  tripDays: CalendarDate[];
  /** Each day the editor can show, formatted on the server so the page hydrates with the same text. */
  dayLabels: Record<CalendarDate, string>;
  items: ProgramItem[];
  participants: AttendeeOption[];
};

type Feedback = { tone: "success" | "error" | "warning"; message: string } | null;
type Focus = { id: string; fallbackId?: string } | null;
type Drag = { key: string; day: CalendarDate } | null;

/** Server field errors ("items.3.day") put back beside the draft that was posted third. */
function errorsByDraft(fieldErrors: Record<string, string[]>, keys: readonly string[]) {
  const byDraft: Record<string, Record<string, string[]>> = {};
  const general: string[] = [];
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const match = /^items\.(\d+)(?:\.(\w+))?/.exec(path);
    const key = match ? keys[Number(match[1])] : undefined;
    if (!key) {
      general.push(...messages);
      continue;
    }
    const field = match?.[2] ?? "";
    byDraft[key] = { ...byDraft[key], [field]: [...(byDraft[key]?.[field] ?? []), ...messages] };
  }
  return { byDraft, general };
}

/** A trip's program editor: the shared editor saving through the trip's action. */
export function ItineraryEditor({ tripId, ...props }: EditorProps & { tripId: string }) {
  return <ProgramEditor {...props} save={(post) => saveTripItineraryAction({ tripId, ...post })} />;
}

/**
 * The day-by-day program editor, for any owner (`save` posts to the owner's
 * action; `participants` are whoever may attend). The whole program is saved
 * at once over the version it was loaded at; a stale save keeps every local
 * edit on screen.
 */
export function ProgramEditor({ itineraryVersion, tripDays, dayLabels, items, participants, save: saveProgram }: EditorProps & { save: SaveProgram }) {
  const t = useT();
  const dayLabel = (day: CalendarDate) => dayLabels[day] ?? day;
  const [pending, startTransition] = useTransition();
  const [drafts, setDrafts] = useState<DraftItem[]>(() => items.map(draftFromProgramItem));
  const [version, setVersion] = useState(itineraryVersion);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<Record<string, Record<string, string[]>>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [announcement, setAnnouncement] = useState("");
  // Where focus goes once a move, an addition or a removal has re-rendered the list.
  const focusAfterRender = useRef<Focus>(null);
  const [drag, setDrag] = useState<Drag>(null);
  const [drop, setDrop] = useState<{ key: string; after: boolean } | null>(null);
  const nextKey = useRef(0);
  useLeaveWarning(dirty, t("itinerary.leaveConfirm"));

  useEffect(() => {
    const focus = focusAfterRender.current;
    if (!focus) return;
    focusAfterRender.current = null;
    const target = document.getElementById(focus.id);
    const element = target instanceof HTMLButtonElement && target.disabled && focus.fallbackId ? document.getElementById(focus.fallbackId) : target;
    element?.focus();
  }, [drafts]);

  const groups = groupByDay(drafts, tripDays);
  const dayNumber = (day: CalendarDate) => (tripDays.includes(day) ? String(tripDays.indexOf(day) + 1) : dayLabel(day));
  const dayOptions = (current: CalendarDate) => [
    ...(tripDays.includes(current) ? [] : [{ value: current, label: dayLabel(current) }]),
    ...tripDays.map((day, index) => ({ value: day, label: `${index + 1} · ${dayLabel(day)}` })),
  ];
  const knownNames = useMemo(() => new Map(items.flatMap((item) => item.attendees.map((attendee) => [attendee.contactId, attendee.name] as const))), [items]);
  const attendeeOptions = (draft: DraftItem) => [
    ...participants.map((participant) => ({ value: participant.contactId, label: participant.name })),
    ...draft.attendeeContactIds
      .filter((id) => !participants.some((participant) => participant.contactId === id))
      .map((id) => ({ value: id, label: t("itinerary.notAttending", { name: knownNames.get(id) ?? id }) })),
  ];

  const overlaps = useMemo(() => findOverlaps(timedDrafts(drafts)), [drafts]);
  const overlapsByKey = new Map<string, string[]>();
  for (const { first, second } of overlaps) {
    overlapsByKey.set(first.key, [...(overlapsByKey.get(first.key) ?? []), t("itinerary.overlap.beside", { other: second.activity, time: formatTimeSpan(second) })]);
    overlapsByKey.set(second.key, [...(overlapsByKey.get(second.key) ?? []), t("itinerary.overlap.beside", { other: first.activity, time: formatTimeSpan(first) })]);
  }

  const setFocusAfterRender = (focus: Focus) => {
    focusAfterRender.current = focus;
  };

  function update(next: DraftItem[], message?: string) {
    setDrafts(next);
    setDirty(true);
    if (message) setAnnouncement(message);
  }
  const positionOf = (list: DraftItem[], key: string) => {
    const draft = list.find((entry) => entry.key === key);
    return draft ? list.filter((entry) => entry.day === draft.day).indexOf(draft) + 1 : 0;
  };

  function change<F extends DraftField>(key: string, field: F, value: DraftItem[F]) {
    const draft = drafts.find((entry) => entry.key === key);
    if (!draft) return;
    if (field === "day") {
      update(changeDay(drafts, key, value as CalendarDate), t("itinerary.announce.movedDay", { activity: draft.activity, day: dayNumber(value as CalendarDate) }));
      setFocusAfterRender({ id: itemControlId(key, "day") });
      return;
    }
    update(drafts.map((entry) => (entry.key === key ? { ...entry, [field]: value } : entry)));
  }

  function move(key: string, offset: -1 | 1) {
    const next = moveWithinDay(drafts, key, offset);
    const draft = drafts.find((entry) => entry.key === key);
    if (!draft) return;
    update(next, t("itinerary.announce.moved", { activity: draft.activity, position: positionOf(next, key), day: dayNumber(draft.day) }));
    const [own, other] = offset < 0 ? ["move-up", "move-down"] : ["move-down", "move-up"];
    setFocusAfterRender({ id: itemControlId(key, own), fallbackId: itemControlId(key, other) });
  }

  function add(day: CalendarDate) {
    nextKey.current += 1;
    const draft = newDraft(drafts, day, `new-${nextKey.current}`);
    update([...drafts, draft], t("itinerary.announce.added", { day: dayNumber(day) }));
    setFocusAfterRender({ id: itemControlId(draft.key, "activity") });
  }

  function remove(key: string) {
    const draft = drafts.find((entry) => entry.key === key);
    if (!draft) return;
    update(
      drafts.filter((entry) => entry.key !== key),
      t("itinerary.announce.removed", { activity: draft.activity }),
    );
    setFocusAfterRender({ id: `add-item-${draft.day}` });
  }

  function onDrop(event: DragEvent<HTMLLIElement>, target: DraftItem) {
    event.preventDefault();
    if (drag && drop && drag.key !== target.key) {
      const next = moveNextTo(drafts, drag.key, target.key, drop.after);
      const moving = drafts.find((entry) => entry.key === drag.key);
      update(next, t("itinerary.announce.moved", { activity: moving?.activity ?? "", position: positionOf(next, drag.key), day: dayNumber(target.day) }));
    }
    setDrag(null);
    setDrop(null);
  }

  function onDragOver(event: DragEvent<HTMLLIElement>, target: DraftItem) {
    // Only within the same day: another day is chosen with the Day field.
    if (!drag || drag.day !== target.day || drag.key === target.key) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    const box = event.currentTarget.getBoundingClientRect();
    const after = event.clientY > box.top + box.height / 2;
    if (drop?.key !== target.key || drop.after !== after) setDrop({ key: target.key, after });
  }

  function save() {
    const { keys, items: posted } = draftsToPost(drafts, tripDays);
    startTransition(async () => {
      const state = await saveProgram({ itineraryVersion: version, items: posted });
      if (state.status === "ok") {
        const ids = new Map(keys.map((key, index) => [key, state.data.itemIds[index]]));
        setDrafts((current) => current.map((draft) => (ids.has(draft.key) ? { ...draft, id: ids.get(draft.key) } : draft)));
        setVersion(state.data.itineraryVersion);
        setDirty(false);
        setErrors({});
        setFeedback({ tone: "success", message: t("itinerary.saved") });
        return;
      }
      if (state.status !== "error") return;
      const { byDraft, general } = errorsByDraft(state.fieldErrors ?? {}, keys);
      setErrors(byDraft);
      setFeedback({ tone: state.code === "CONFLICT" ? "warning" : "error", message: [state.message, ...general].join(" ") });
    });
  }

  return (
    <div className="space-y-5" aria-busy={pending || undefined}>
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 rounded-md border border-slate-200 bg-white/95 p-3 shadow-xs">
        <Button variant="primary" onClick={save} busy={pending}>
          {pending ? t("common.saving") : t("itinerary.save")}
        </Button>
        <span className="text-sm text-slate-600">{dirty ? t("common.unsavedChanges") : t("common.allChangesSaved")}</span>
        {overlaps.length > 0 && <span className="text-sm text-amber-900">{t("itinerary.overlap.count", { count: overlaps.length })}</span>}
      </div>
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      <p className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {groups.map((group) => {
        const headingId = `itinerary-day-${group.day}`;
        return (
          <section key={group.day} aria-labelledby={headingId} className="space-y-3">
            <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 pb-1">
              <h2 id={headingId} className="mr-auto text-base font-semibold text-slate-900">
                {programDayHeading(group.day, tripDays, dayLabel(group.day), t)}
              </h2>
              <Button size="sm" onClick={() => update(sortDayByTime(drafts, group.day), t("itinerary.announce.sorted", { day: dayNumber(group.day) }))} disabled={group.items.length < 2}>
                {t("itinerary.sortDay")}
              </Button>
              <Button id={`add-item-${group.day}`} size="sm" onClick={() => add(group.day)}>
                {t("itinerary.addItem")}
              </Button>
            </div>
            {group.items.length === 0 ? (
              <p className="text-sm text-slate-600">{t("itinerary.emptyDay")}</p>
            ) : (
              <ol className="space-y-3">
                {group.items.map((draft, index) => (
                  <ItineraryItemCard
                    key={draft.key}
                    draft={draft}
                    label={t("itinerary.itemLabel", { day: dayNumber(group.day), number: index + 1 })}
                    isFirst={index === 0}
                    isLast={index === group.items.length - 1}
                    dayOptions={dayOptions(draft.day)}
                    attendeeOptions={attendeeOptions(draft)}
                    errors={errors[draft.key] ?? {}}
                    overlaps={overlapsByKey.get(draft.key) ?? []}
                    dropSide={drop?.key === draft.key ? (drop.after ? "after" : "before") : null}
                    onChange={(field, value) => change(draft.key, field, value)}
                    onMove={(offset) => move(draft.key, offset)}
                    onRemove={() => remove(draft.key)}
                    onDragStart={(event) => {
                      event.dataTransfer.effectAllowed = "move";
                      event.dataTransfer.setData("text/plain", draft.activity);
                      const card = document.getElementById(itemControlId(draft.key, "card"));
                      if (card) event.dataTransfer.setDragImage(card, 16, 16);
                      setDrag({ key: draft.key, day: draft.day });
                    }}
                    onDragEnd={() => {
                      setDrag(null);
                      setDrop(null);
                    }}
                    onDragOver={(event) => onDragOver(event, draft)}
                    onDrop={(event) => onDrop(event, draft)}
                  />
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </div>
  );
}
