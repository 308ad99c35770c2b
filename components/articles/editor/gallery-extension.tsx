"use client";

import { Node } from "@tiptap/core";
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from "@tiptap/react";
import { useId, useState } from "react";
import { MAX_FIGURE_CAPTION_LENGTH, MAX_GALLERY_IMAGES, MIN_GALLERY_IMAGES } from "@/lib/articles/rich-text";
import { useT } from "@/components/i18n/i18n-provider";
import { MediaPickerDialog } from "@/components/media/media-picker-dialog";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASSES } from "@/components/ui/field";
import { EditorThumbnail, useLibraryImages } from "./figure-extension";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function idsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === "string") : [];
}

const SMALL_BUTTON =
  "rounded border border-slate-300 bg-white px-1.5 py-0.5 text-xs font-medium text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700 disabled:opacity-40";

/** A gallery while writing: its images in order, each with up/down and remove; more added from the library. */
function GalleryView({ node, updateAttributes, deleteNode, editor }: ReactNodeViewProps) {
  const t = useT();
  const id = useId();
  const ids = idsOf(node.attrs.mediaIds);
  const caption = typeof node.attrs.caption === "string" ? node.attrs.caption : "";
  const { known, remember } = useLibraryImages(ids);
  const [isPicking, setIsPicking] = useState(false);
  const isEditable = editor.isEditable;

  const move = (index: number, by: -1 | 1) => {
    const next = [...ids];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    updateAttributes({ mediaIds: next });
  };

  return (
    <NodeViewWrapper as="figure" className="editor-gallery" aria-labelledby={`${id}-title`}>
      <div contentEditable={false} className="space-y-2">
        <p id={`${id}-title`} className="text-sm font-semibold text-slate-900">
          {t("media.figure.galleryLabel", { count: ids.length })}
        </p>
        <ol className="grid grid-cols-2 gap-2 sm:grid-cols-3">
          {ids.map((mediaId, index) => {
            const image = known[mediaId];
            const position = index + 1;
            return (
              <li key={mediaId} className="rounded border border-slate-200 bg-white p-1.5" aria-label={t("media.figure.image", { position })}>
                <EditorThumbnail id={mediaId} image={image} alt={image?.altText ?? ""} className="aspect-[3/2] h-auto w-full rounded object-cover" />
                {image && <p className="mt-1 truncate text-xs text-slate-700">{image.originalName}</p>}
                {image && !image.altText.trim() && <p className="text-xs font-medium text-amber-900">{t("media.figure.altRequired")}</p>}
                {isEditable && (
                  <div className="mt-1 flex gap-1">
                    <button type="button" className={SMALL_BUTTON} disabled={index === 0} aria-label={t("media.figure.moveUp", { position })} onClick={() => move(index, -1)}>
                      ↑
                    </button>
                    <button
                      type="button"
                      className={SMALL_BUTTON}
                      disabled={index === ids.length - 1}
                      aria-label={t("media.figure.moveDown", { position })}
                      onClick={() => move(index, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className={SMALL_BUTTON}
                      disabled={ids.length <= MIN_GALLERY_IMAGES}
                      aria-label={t("media.figure.removeImage", { position })}
                      onClick={() => updateAttributes({ mediaIds: ids.filter((other) => other !== mediaId) })}
                    >
                      ✕
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
        {ids.length <= MIN_GALLERY_IMAGES && isEditable && <p className="text-xs text-slate-600">{t("media.figure.galleryMin", { min: MIN_GALLERY_IMAGES })}</p>}
        <div>
          <label htmlFor={`${id}-caption`} className="block text-xs font-medium text-slate-700">
            {t("media.figure.galleryCaption")}
          </label>
          <input
            id={`${id}-caption`}
            value={caption}
            maxLength={MAX_FIGURE_CAPTION_LENGTH}
            disabled={!isEditable}
            autoComplete="off"
            className={`${CONTROL_CLASSES} mt-1`}
            onChange={(event) => updateAttributes({ caption: event.target.value })}
          />
        </div>
        {isEditable && (
          <div className="flex flex-wrap items-center gap-2">
            {ids.length < MAX_GALLERY_IMAGES ? (
              <Button size="sm" onClick={() => setIsPicking(true)}>
                {t("media.figure.addImages")}
              </Button>
            ) : (
              <p className="text-xs text-slate-600">{t("media.figure.galleryFull", { max: MAX_GALLERY_IMAGES })}</p>
            )}
            <Button size="sm" variant="danger" onClick={() => deleteNode()}>
              {t("media.figure.remove")}
            </Button>
          </div>
        )}
      </div>
      {isPicking && (
        <MediaPickerDialog
          mode="multi"
          min={1}
          max={MAX_GALLERY_IMAGES - ids.length}
          onClose={() => setIsPicking(false)}
          onChoose={(images) => {
            setIsPicking(false);
            const added = images.filter((image) => !ids.includes(image.id));
            remember(added);
            updateAttributes({ mediaIds: [...ids, ...added.map((image) => image.id)].slice(0, MAX_GALLERY_IMAGES) });
          }}
        />
      )}
    </NodeViewWrapper>
  );
}

/** A gallery: 2–20 library images by id and an optional caption; each image's caption and credit come from the library. */
export const Gallery = Node.create({
  name: "gallery",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes: () => ({
    mediaIds: {
      default: [],
      parseHTML: (element) =>
        (element.getAttribute("data-media-ids") ?? "")
          .split(",")
          .filter((mediaId) => UUID.test(mediaId))
          .slice(0, MAX_GALLERY_IMAGES),
      renderHTML: (attributes) => ({ "data-media-ids": idsOf(attributes.mediaIds).join(",") }),
    },
    caption: {
      default: "",
      parseHTML: (element) => (element.getAttribute("data-caption") ?? "").slice(0, MAX_FIGURE_CAPTION_LENGTH),
      renderHTML: (attributes) => ({ "data-caption": attributes.caption }),
    },
  }),
  parseHTML: () => [{ tag: "figure[data-media-gallery]" }],
  renderHTML: ({ HTMLAttributes }) => ["figure", { "data-media-gallery": "", ...HTMLAttributes }],
  renderText: () => "",
  addNodeView: () => ReactNodeViewRenderer(GalleryView),
});
