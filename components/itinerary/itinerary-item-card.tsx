"use client";

import type { DragEvent } from "react";
import type { DraftField, DraftItem } from "@/lib/itinerary/editing";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/class-names";
import { CheckboxGroup, SelectField, TextAreaField, TextField, type SelectOption } from "@/components/ui/field";

export type AttendeeOption = { contactId: string; name: string };

type ItemCardProps = {
  draft: DraftItem;
  label: string;
  isFirst: boolean;
  isLast: boolean;
  dayOptions: readonly SelectOption[];
  attendeeOptions: readonly SelectOption[];
  errors: Record<string, string[]>;
  overlaps: readonly string[];
  dropSide: "before" | "after" | null;
  onChange: <F extends DraftField>(field: F, value: DraftItem[F]) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
  onDragOver: (event: DragEvent<HTMLLIElement>) => void;
  onDrop: (event: DragEvent<HTMLLIElement>) => void;
};

export const itemControlId = (key: string, field: string) => `item-${key}-${field}`;

/** One program item, edited in place; reordered by its handle (pointer) or its Move buttons (keyboard). */
export function ItineraryItemCard(props: ItemCardProps) {
  const { draft, label, errors, onChange } = props;
  const t = useT();
  const id = (field: string) => itemControlId(draft.key, field);
  const labelId = id("label");
  return (
    <li
      id={id("card")}
      onDragOver={props.onDragOver}
      onDrop={props.onDrop}
      className={cx(
        "rounded-md border border-slate-200 bg-white p-3",
        props.dropSide === "before" && "border-t-4 border-t-blue-700",
        props.dropSide === "after" && "border-b-4 border-b-blue-700",
      )}
    >
      <div role="group" aria-labelledby={labelId}>
      <div className="mb-2 flex flex-wrap items-center gap-2">
        {/* Pointer-only: the Move buttons are the same action for keyboards and screen readers. */}
        <span
          draggable
          onDragStart={props.onDragStart}
          onDragEnd={props.onDragEnd}
          aria-hidden="true"
          title={t("itinerary.dragHandle")}
          className="cursor-grab rounded px-1 text-lg leading-none text-slate-500 select-none hover:bg-slate-100 active:cursor-grabbing"
        >
          ⠿
        </span>
        <span id={labelId} className="text-sm font-semibold text-slate-800">
          {label}
        </span>
        <div className="ml-auto flex gap-1">
          <Button id={id("move-up")} size="sm" variant="ghost" onClick={() => props.onMove(-1)} disabled={props.isFirst}>
            {t("itinerary.moveUp")}
          </Button>
          <Button id={id("move-down")} size="sm" variant="ghost" onClick={() => props.onMove(1)} disabled={props.isLast}>
            {t("itinerary.moveDown")}
          </Button>
          <Button size="sm" variant="danger" onClick={props.onRemove}>
            {t("itinerary.removeItem")}
          </Button>
        </div>
      </div>
      {errors[""] && <p className="mb-2 text-xs font-medium text-red-700">{errors[""].join(" ")}</p>}
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[13rem_8.5rem_8.5rem_1fr]">
        <SelectField
          id={id("day")}
          name={id("day")}
          label={t("itinerary.fields.day")}
          value={draft.day}
          options={props.dayOptions}
          error={errors.day}
          onChange={(event) => onChange("day", event.target.value)}
        />
        <TextField
          id={id("start")}
          name={id("start")}
          type="time"
          label={t("itinerary.fields.start")}
          value={draft.start}
          error={errors.start}
          required
          onChange={(event) => onChange("start", event.target.value)}
        />
        <TextField
          id={id("end")}
          name={id("end")}
          type="time"
          label={t("itinerary.fields.end")}
          labelSuffix={`(${t("common.optional")})`}
          value={draft.end}
          error={errors.end}
          onChange={(event) => onChange("end", event.target.value)}
        />
        <TextField
          id={id("activity")}
          name={id("activity")}
          label={t("itinerary.fields.activity")}
          value={draft.activity}
          error={errors.activity}
          required
          maxLength={300}
          autoComplete="off"
          onChange={(event) => onChange("activity", event.target.value)}
        />
        <TextField id={id("place")} name={id("place")} label={t("itinerary.fields.place")} value={draft.place} error={errors.place} autoComplete="off" onChange={(event) => onChange("place", event.target.value)} />
        <TextField id={id("host")} name={id("host")} label={t("itinerary.fields.host")} value={draft.host} error={errors.host} autoComplete="off" onChange={(event) => onChange("host", event.target.value)} />
        <TextField
          id={id("transport")}
          name={id("transport")}
          label={t("itinerary.fields.transport")}
          value={draft.transport}
          error={errors.transport}
          autoComplete="off"
          onChange={(event) => onChange("transport", event.target.value)}
        />
        <TextAreaField id={id("notes")} name={id("notes")} label={t("itinerary.fields.notes")} value={draft.notes} error={errors.notes} rows={1} onChange={(event) => onChange("notes", event.target.value)} />
      </div>
      <div className="mt-3 space-y-2">
        <div className="flex items-center gap-2">
          <input
            id={id("for-subset")}
            type="checkbox"
            checked={draft.forSubset}
            onChange={(event) => onChange("forSubset", event.target.checked)}
            className="size-4 rounded border-slate-400 accent-blue-700"
          />
          <label htmlFor={id("for-subset")} className="text-sm text-slate-800">
            {t("itinerary.fields.forSubset")}
          </label>
        </div>
        {draft.forSubset &&
          (props.attendeeOptions.length ? (
            <CheckboxGroup
              legend={t("itinerary.fields.attendees")}
              name={id("attendees")}
              options={props.attendeeOptions}
              values={draft.attendeeContactIds}
              onChange={(values) => onChange("attendeeContactIds", values)}
              error={errors.attendeeContactIds}
              className="sm:columns-2"
            />
          ) : (
            <p className="text-sm text-slate-600">{t("itinerary.noParticipantsYet")}</p>
          ))}
        {(!draft.forSubset || !props.attendeeOptions.length) && errors.attendeeContactIds && <p className="text-xs font-medium text-red-700">{errors.attendeeContactIds.join(" ")}</p>}
      </div>
      {props.overlaps.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm text-amber-900">
          {props.overlaps.map((text) => (
            <li key={text} className="flex gap-1.5">
              <span aria-hidden="true">⚠</span>
              {text}
            </li>
          ))}
        </ul>
      )}
      </div>
    </li>
  );
}
