"use client";

import { Node } from "@tiptap/core";
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from "@tiptap/react";
import { useEffect, useId, useState } from "react";
import { MAX_FIGURE_ALT_LENGTH, MAX_FIGURE_CAPTION_LENGTH, MAX_FIGURE_CREDIT_LENGTH } from "@/lib/articles/rich-text";
import { imagesByIdsAction } from "@/lib/media/actions";
import type { EditorImage } from "@/lib/media/queries";
import { useT } from "@/components/i18n/i18n-provider";
import { MediaPickerDialog } from "@/components/media/media-picker-dialog";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASSES } from "@/components/ui/field";

/** Library images by id as the editor last loaded them: undefined while loading, null when gone or not an image. */
export function useLibraryImages(ids: string[]) {
  const [known, setKnown] = useState<Record<string, EditorImage | null>>({});
  const missingKey = ids.filter((id) => !(id in known)).join(",");
  useEffect(() => {
    if (!missingKey) return;
    let isCurrent = true;
    const wanted = missingKey.split(",");
    void imagesByIdsAction({ ids: wanted }).then((state) => {
      if (!isCurrent || state.status !== "ok") return;
      setKnown((current) => ({ ...current, ...Object.fromEntries(wanted.map((id) => [id, state.data.find((image) => image.id === id.toLowerCase()) ?? null])) }));
    });
    return () => {
      isCurrent = false;
    };
  }, [missingKey]);
  return { known, remember: (images: EditorImage[]) => setKnown((current) => ({ ...current, ...Object.fromEntries(images.map((image) => [image.id, image])) })) };
}

const text = (value: unknown) => (typeof value === "string" ? value : "");

/** A thumbnail of a library image, or what stands in for it while loading or when it is gone. */
export function EditorThumbnail({ id, image, alt, className }: { id: string; image: EditorImage | null | undefined; alt: string; className?: string }) {
  const t = useT();
  if (image === undefined) return <p className="text-sm text-slate-600">{t("media.figure.loading")}</p>;
  if (image === null) {
    return <p className="rounded border border-red-300 bg-red-50 px-2 py-1.5 text-sm text-red-800">{t("media.figure.missing", { id: id.slice(0, 8) })}</p>;
  }
  if (!image.thumbnailUrl) return null;
  // The library's WebP thumbnail; a <picture> like the reader site's, without its other formats.
  return (
    <picture>
      <img src={image.thumbnailUrl} alt={alt} width={image.width} height={image.height} className={className ?? "h-auto w-full max-w-xs rounded"} />
    </picture>
  );
}

/** One override input: empty means "the library's", which the placeholder and hint show. */
function OverrideField({ id, label, value, libraryValue, maxLength, disabled, onChange }: {
  id: string;
  label: string;
  value: string;
  libraryValue: string;
  maxLength: number;
  disabled: boolean;
  onChange: (value: string) => void;
}) {
  const t = useT();
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        value={value}
        placeholder={libraryValue}
        maxLength={maxLength}
        disabled={disabled}
        autoComplete="off"
        className={`${CONTROL_CLASSES} mt-1`}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="mt-0.5 text-xs text-slate-500">
        {libraryValue.trim() ? t("media.figure.libraryValue", { value: libraryValue }) : t("media.figure.libraryEmpty")}
      </p>
    </div>
  );
}

/** A figure while writing: the image, its caption, credit and alt text for this story, a warning while it has no alt text. */
function FigureView({ node, updateAttributes, deleteNode, editor }: ReactNodeViewProps) {
  const t = useT();
  const id = useId();
  const mediaId = text(node.attrs.mediaId);
  const { known, remember } = useLibraryImages(mediaId ? [mediaId] : []);
  const [isPicking, setIsPicking] = useState(false);
  const image = known[mediaId];
  const isEditable = editor.isEditable;
  const [caption, credit, alt] = [text(node.attrs.caption), text(node.attrs.credit), text(node.attrs.alt)];
  const effectiveAlt = alt.trim() || image?.altText.trim() || "";

  return (
    <NodeViewWrapper as="figure" className="editor-figure" aria-labelledby={`${id}-title`}>
      <div contentEditable={false} className="space-y-2">
        <p id={`${id}-title`} className="text-sm font-semibold text-slate-900">
          {t("media.figure.label")}
          {image && <span className="ml-2 font-normal text-slate-600">{image.originalName}</span>}
        </p>
        <EditorThumbnail id={mediaId} image={image} alt={effectiveAlt} />
        {image !== undefined && !effectiveAlt && (
          <p className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-sm font-medium text-amber-900">{t("media.figure.altRequired")}</p>
        )}
        <div className="grid gap-2 sm:grid-cols-2">
          <OverrideField
            id={`${id}-caption`}
            label={t("media.figure.caption")}
            value={caption}
            libraryValue={image?.caption ?? ""}
            maxLength={MAX_FIGURE_CAPTION_LENGTH}
            disabled={!isEditable}
            onChange={(value) => updateAttributes({ caption: value })}
          />
          <OverrideField
            id={`${id}-credit`}
            label={t("media.figure.credit")}
            value={credit}
            libraryValue={image?.credit ?? ""}
            maxLength={MAX_FIGURE_CREDIT_LENGTH}
            disabled={!isEditable}
            onChange={(value) => updateAttributes({ credit: value })}
          />
          <div className="sm:col-span-2">
            <OverrideField
              id={`${id}-alt`}
              label={t("media.figure.alt")}
              value={alt}
              libraryValue={image?.altText ?? ""}
              maxLength={MAX_FIGURE_ALT_LENGTH}
              disabled={!isEditable}
              onChange={(value) => updateAttributes({ alt: value })}
            />
          </div>
        </div>
        {isEditable && (
          <div className="flex gap-2">
            <Button size="sm" onClick={() => setIsPicking(true)}>
              {t("media.figure.change")}
            </Button>
            <Button size="sm" variant="danger" onClick={() => deleteNode()}>
              {t("media.figure.remove")}
            </Button>
          </div>
        )}
      </div>
      {isPicking && (
        <MediaPickerDialog
          mode="single"
          onClose={() => setIsPicking(false)}
          onChoose={([chosen]) => {
            setIsPicking(false);
            if (!chosen) return;
            remember([chosen]);
            updateAttributes({ mediaId: chosen.id });
          }}
        />
      )}
    </NodeViewWrapper>
  );
}

/** A figure: one library image by id, with optional per-story caption, credit and alt text; the rest is looked up when rendered. */
export const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes: () => ({
    mediaId: { default: "", parseHTML: (element) => element.getAttribute("data-media-id") ?? "" },
    caption: { default: "", parseHTML: (element) => (element.getAttribute("data-caption") ?? "").slice(0, MAX_FIGURE_CAPTION_LENGTH) },
    credit: { default: "", parseHTML: (element) => (element.getAttribute("data-credit") ?? "").slice(0, MAX_FIGURE_CREDIT_LENGTH) },
    alt: { default: "", parseHTML: (element) => (element.getAttribute("data-alt") ?? "").slice(0, MAX_FIGURE_ALT_LENGTH) },
  }),
  // Only our own copies (within the editor or between stories) paste as figures: an <img> from elsewhere is no library item.
  parseHTML: () => [{ tag: "figure[data-media-figure]" }],
  renderHTML: ({ node }) => [
    "figure",
    { "data-media-figure": "", "data-media-id": node.attrs.mediaId, "data-caption": node.attrs.caption, "data-credit": node.attrs.credit, "data-alt": node.attrs.alt },
  ],
  renderText: () => "",
  addNodeView: () => ReactNodeViewRenderer(FigureView),
});
