"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import type { MediaKind } from "@/lib/generated/prisma/enums";
import { deleteMediaAction, updateMediaAction } from "@/lib/media/actions";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert, FormMessage } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { DocumentIcon } from "./document-icon";
import { CropPreviews, FocalPointPicker, type FocalPoint, type PreviewImage } from "./focal-point-picker";

/** What the item page starts from: the describable fields, the version they were read at, and what this person may do. */
export type EditableMedia = {
  id: string;
  kind: MediaKind;
  originalName: string;
  version: number;
  altText: string;
  caption: string;
  credit: string;
  source: string;
  usageNote: string;
  focalX: number;
  focalY: number;
  canEdit: boolean;
  canDelete: boolean;
};

type Feedback = { tone: "success" | "error"; message: string } | null;

type MediaDetailsFormProps = {
  media: EditableMedia;
  /** Null for documents. */
  preview: PreviewImage | null;
  fileUrl: string;
  /** The file's facts and where it is published, rendered on the server, under the preview. */
  facts: ReactNode;
};

/**
 * An item of the library: its preview with the focal point, and its
 * description saved over the version loaded. After a refusal (someone saved
 * first, a field too long) the typed values stay on screen.
 */
export function MediaDetailsForm({ media, preview, fileUrl, facts }: MediaDetailsFormProps) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [version, setVersion] = useState(media.version);
  const [focal, setFocal] = useState<FocalPoint>({ x: media.focalX, y: media.focalY });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const isImage = media.kind === "IMAGE";

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("mediaId", media.id);
    form.set("version", String(version));
    form.set("focalX", String(focal.x));
    form.set("focalY", String(focal.y));
    startTransition(async () => {
      const state = await updateMediaAction(form);
      if (state.status === "ok") {
        setVersion(state.data.version);
        setFieldErrors({});
        setFeedback({ tone: "success", message: t("media.item.saved") });
      } else if (state.status === "error") {
        setFieldErrors(state.fieldErrors ?? {});
        setFeedback({ tone: "error", message: state.message });
      }
    });
  }

  const hintId = "focal-point-hint";
  const focalLabel = t("media.item.focalPointValue", { x: Math.round(focal.x * 100), y: Math.round(focal.y * 100) });

  return (
    <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_26rem]">
      <div className="min-w-0 space-y-4">
        <section aria-labelledby="media-preview-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="media-preview-heading" className="sr-only">
            {t("media.item.preview")}
          </h2>
          {preview ? (
            <>
              <div className="rounded-md bg-slate-100 bg-[repeating-conic-gradient(#e2e8f0_0_25%,#f8fafc_0_50%)] bg-[length:16px_16px] p-2">
                <FocalPointPicker image={preview} alt={media.altText} value={focal} onChange={media.canEdit ? setFocal : undefined} hintId={hintId} />
              </div>
              <div className="mt-3 flex flex-wrap items-start justify-between gap-3">
                <div>
                  <p className="text-sm font-medium text-slate-800">{t("media.item.focalPoint")}</p>
                  <p aria-live="polite" className="text-sm text-slate-700 tabular-nums">
                    {focalLabel}
                  </p>
                  {media.canEdit && (
                    <p id={hintId} className="mt-0.5 max-w-prose text-xs text-slate-600">
                      {t("media.item.focalPointHint")}
                    </p>
                  )}
                </div>
                {media.canEdit && (
                  <Button size="sm" onClick={() => setFocal({ x: 0.5, y: 0.5 })} disabled={focal.x === 0.5 && focal.y === 0.5}>
                    {t("media.item.focalPointReset")}
                  </Button>
                )}
              </div>
              <CropPreviews image={preview} value={focal} />
            </>
          ) : (
            <div className="flex flex-col items-center gap-3 rounded-md bg-slate-50 py-10">
              <DocumentIcon className="size-20 text-red-700" />
              <ButtonLink href={fileUrl} target="_blank" rel="noopener" variant="primary" prefetch={false}>
                {t("media.item.openDocument")} <span className="sr-only">{t("common.openInNewTab")}</span>
              </ButtonLink>
            </div>
          )}
        </section>
        {facts}
      </div>

      <div className="space-y-4">
        <section aria-labelledby="media-details-heading" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="media-details-heading" className="mb-3 text-sm font-semibold text-slate-900">
            {t("media.item.details")}
          </h2>
          {media.canEdit ? (
            <form onSubmit={onSubmit} noValidate className="space-y-4" aria-busy={pending || undefined}>
              <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
              {isImage ? (
                <TextAreaField
                  name="altText"
                  label={t("media.item.altText")}
                  hint={t("media.item.altTextHint")}
                  defaultValue={media.altText}
                  error={fieldErrors.altText}
                  maxLength={300}
                  rows={2}
                  className="[&_textarea]:min-h-16"
                />
              ) : (
                <input type="hidden" name="altText" value={media.altText} />
              )}
              <TextAreaField name="caption" label={t("media.item.caption")} defaultValue={media.caption} error={fieldErrors.caption} maxLength={1000} rows={3} />
              <TextField
                name="credit"
                label={t("media.item.credit")}
                hint={t("media.item.creditHint")}
                defaultValue={media.credit}
                error={fieldErrors.credit}
                maxLength={200}
                autoComplete="off"
              />
              <TextField name="source" label={t("media.item.source")} defaultValue={media.source} error={fieldErrors.source} maxLength={300} autoComplete="off" />
              <TextAreaField
                name="usageNote"
                label={t("media.item.usageNote")}
                hint={t("media.item.usageNoteHint")}
                defaultValue={media.usageNote}
                error={fieldErrors.usageNote}
                maxLength={1000}
                rows={2}
                className="[&_textarea]:min-h-16"
              />
              {(fieldErrors.focalX || fieldErrors.focalY) && (
                <p className="text-xs font-medium text-red-700">{[...(fieldErrors.focalX ?? []), ...(fieldErrors.focalY ?? [])].join(" ")}</p>
              )}
              <div className="flex justify-end border-t border-slate-100 pt-4">
                <Button type="submit" variant="primary" busy={pending}>
                  {pending ? t("common.saving") : t("common.save")}
                </Button>
              </div>
            </form>
          ) : (
            <ReadOnlyDescription media={media} />
          )}
        </section>
        {media.canDelete && <DeleteMedia mediaId={media.id} name={media.originalName} version={version} onDeleted={() => router.push("/admin/media")} />}
      </div>
    </div>
  );
}

function ReadOnlyDescription({ media }: { media: EditableMedia }) {
  const t = useT();
  const rows: [string, string][] = [
    ...(media.kind === "IMAGE" ? [[t("media.item.altText"), media.altText] as [string, string]] : []),
    [t("media.item.caption"), media.caption],
    [t("media.item.credit"), media.credit],
    [t("media.item.source"), media.source],
    [t("media.item.usageNote"), media.usageNote],
  ];
  return (
    <>
      <Alert tone="info" className="mb-3">
        {t("media.item.readOnly")}
      </Alert>
      <dl className="space-y-2 text-sm">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt className="font-medium text-slate-800">{label}</dt>
            <dd className="whitespace-pre-line text-slate-700">{value || t("common.none")}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

/** Deleting is two steps: the first asks, the second deletes. A refusal (a published story shows it) names the stories. */
function DeleteMedia({ mediaId, name, version, onDeleted }: { mediaId: string; name: string; version: number; onDeleted: () => void }) {
  const t = useT();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function remove() {
    startTransition(async () => {
      const state = await deleteMediaAction({ mediaId, version });
      if (state.status === "ok") {
        onDeleted();
      } else if (state.status === "error") {
        setError(state.message);
        setConfirming(false);
      }
    });
  }

  return (
    <section aria-labelledby="media-delete-heading" className="rounded-lg border border-red-200 bg-white p-4">
      <h2 id="media-delete-heading" className="text-sm font-semibold text-slate-900">
        {t("media.item.deleteTitle")}
      </h2>
      <p className="mt-1 mb-3 text-xs text-slate-600">{t("media.item.deleteHint")}</p>
      <FormMessage tone="error" message={error ?? undefined} className={error ? "mb-3" : undefined} />
      {confirming ? (
        <div className="space-y-3 rounded-md border border-red-300 bg-red-50 p-3">
          <p className="text-sm text-red-950">{t("media.item.deleteConfirm", { name })}</p>
          <div className="flex gap-2">
            <Button ref={confirmRef} variant="danger" busy={pending} onClick={remove}>
              {t("media.item.deleteConfirmButton")}
            </Button>
            <Button variant="ghost" onClick={() => setConfirming(false)} disabled={pending}>
              {t("common.cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button
          variant="danger"
          onClick={() => {
            setError(null);
            setConfirming(true);
          }}
        >
          {t("media.item.delete")}
        </Button>
      )}
    </section>
  );
}
