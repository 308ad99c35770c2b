"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { createPortal } from "react-dom";
import { imagesByIdsAction, searchImagesAction } from "@/lib/media/actions";
import type { EditorImage } from "@/lib/media/queries";
import { formatNumber } from "@/lib/i18n/format";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASSES } from "@/components/ui/field";
import { uploadFile } from "./upload-file";

const SEARCH_DELAY_MS = 250;
const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), [href], [tabindex]:not([tabindex="-1"])';

type PickerProps = {
  /** One image for a figure (chosen by a click), or several for a gallery (chosen, then inserted together). */
  mode: "single" | "multi";
  /** For "multi": how many must be chosen, and at most how many may be. */
  min?: number;
  max?: number;
  onChoose: (images: EditorImage[]) => void;
  onClose: () => void;
};

type Search = { items: EditorImage[]; nextCursor: string | null; isLoading: boolean; failed: string | null };

function useImageSearch(query: string) {
  const [state, setState] = useState<Search>({ items: [], nextCursor: null, isLoading: true, failed: null });
  useEffect(() => {
    let isCurrent = true;
    const timer = setTimeout(() => {
      setState((current) => ({ ...current, isLoading: true }));
      void searchImagesAction({ q: query.trim() || undefined }).then((result) => {
        if (!isCurrent) return;
        setState(result.status === "ok" ? { ...result.data, isLoading: false, failed: null } : { items: [], nextCursor: null, isLoading: false, failed: result.status === "error" ? result.message : null });
      });
    }, SEARCH_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [query]);

  const loadMore = async () => {
    if (!state.nextCursor) return;
    setState((current) => ({ ...current, isLoading: true }));
    const result = await searchImagesAction({ q: query.trim() || undefined, cursor: state.nextCursor });
    setState((current) =>
      result.status === "ok"
        ? { items: [...current.items, ...result.data.items.filter((item) => !current.items.some((known) => known.id === item.id))], nextCursor: result.data.nextCursor, isLoading: false, failed: null }
        : { ...current, isLoading: false, failed: result.status === "error" ? result.message : null },
    );
  };
  const prepend = (image: EditorImage) => setState((current) => ({ ...current, items: [image, ...current.items.filter((item) => item.id !== image.id)] }));
  return { ...state, loadMore, prepend };
}

/**
 * The media library as a modal dialog for the editor: search, pages, and an
 * upload whose image is then chosen. A native <dialog> opened with showModal():
 * the rest of the page is inert, Escape closes it, and focus returns to what
 * opened it; Tab also wraps inside it so focus never reaches the browser's chrome
 * from the last control. Rendered into <body>, outside ProseMirror's DOM, so the
 * editor never sees its keys or clicks.
 */
export function MediaPickerDialog({ mode, min = 1, max = 1, onChoose, onClose }: PickerProps) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [selected, setSelected] = useState<EditorImage[]>([]);
  const [upload, setUpload] = useState<{ status: "idle" | "uploading" | "processing"; percent: number; message: string }>({ status: "idle", percent: 0, message: "" });
  const search = useImageSearch(query);
  const isMulti = mode === "multi";

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element?.showModal();
    // showModal() focuses the first control (Close); the search is where the person starts.
    searchInput.current?.focus();
    return () => {
      element?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const toggle = (image: EditorImage) => {
    if (!isMulti) {
      onChoose([image]);
      return;
    }
    setSelected((current) =>
      current.some((item) => item.id === image.id) ? current.filter((item) => item.id !== image.id) : current.length < max ? [...current, image] : current,
    );
  };

  const uploadChosen = async (file: File | undefined) => {
    if (!file) return;
    setUpload({ status: "uploading", percent: 0, message: "" });
    const outcome = await uploadFile(file, {
      onProgress: (percent) => setUpload((current) => ({ ...current, percent })),
      onSent: () => setUpload((current) => ({ ...current, status: "processing", percent: 100 })),
      networkErrorMessage: t("media.upload.networkError"),
      fallbackMessage: t("media.upload.failed"),
    });
    if (fileInput.current) fileInput.current.value = "";
    if (!outcome.ok) {
      setUpload({ status: "idle", percent: 0, message: outcome.message });
      return;
    }
    const found = await imagesByIdsAction({ ids: [outcome.id] });
    const image = found.status === "ok" ? found.data[0] : undefined;
    if (!image) {
      // A PDF was uploaded: it is in the library, but it is not an image.
      setUpload({ status: "idle", percent: 0, message: t("media.unsupportedType") });
      return;
    }
    setUpload({ status: "idle", percent: 0, message: t("media.picker.uploaded", { name: image.originalName }) });
    search.prepend(image);
    toggle(image);
  };

  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Tab" || !dialog.current) return;
    const focusable = Array.from(dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((element) => element.offsetParent !== null);
    const [first, last] = [focusable[0], focusable[focusable.length - 1]];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  const status = search.failed
    ? search.failed
    : search.isLoading
      ? t("media.picker.searching")
      : search.items.length
        ? t("media.picker.results", { count: search.items.length })
        : t("media.picker.noResults");
  const uploadStatus =
    upload.status === "uploading" ? t("media.picker.uploading", { percent: upload.percent }) : upload.status === "processing" ? t("media.picker.processing") : upload.message;

  return createPortal(
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={isMulti ? `${id}-hint` : undefined}
      className="m-auto w-[min(56rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={trapTab}
    >
      <div className="flex max-h-[85vh] flex-col">
        <header className="flex items-center justify-between gap-3 border-b border-slate-200 px-4 py-3">
          <h2 id={`${id}-title`} className="text-lg font-semibold">
            {t(isMulti ? "media.picker.titleGallery" : "media.picker.titleImage")}
          </h2>
          <Button variant="ghost" size="sm" onClick={onClose}>
            {t("media.picker.close")}
          </Button>
        </header>
        <div className="flex flex-wrap items-end gap-3 border-b border-slate-200 px-4 py-3">
          <div className="min-w-48 flex-1">
            <label htmlFor={`${id}-search`} className="block text-sm font-medium text-slate-700">
              {t("media.picker.search")}
            </label>
            <input
              ref={searchInput}
              id={`${id}-search`}
              type="search"
              autoComplete="off"
              value={query}
              className={`${CONTROL_CLASSES} mt-1`}
              aria-describedby={`${id}-status`}
              onChange={(event) => setQuery(event.target.value)}
            />
          </div>
          <input
            ref={fileInput}
            id={`${id}-file`}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
            className="sr-only"
            tabIndex={-1}
            aria-hidden="true"
            onChange={(event) => void uploadChosen(event.target.files?.[0])}
          />
          <Button busy={upload.status !== "idle"} onClick={() => fileInput.current?.click()}>
            {t("media.picker.upload")}
          </Button>
        </div>
        <p id={`${id}-status`} className="px-4 pt-2 text-sm text-slate-600" aria-live="polite">
          {status}
          {uploadStatus && <span className="ml-2 font-medium text-slate-800">{uploadStatus}</span>}
        </p>
        {isMulti && (
          <p id={`${id}-hint`} className="px-4 text-sm text-slate-600">
            {t("media.picker.galleryHint", { min, max })}
          </p>
        )}
        <div className="min-h-40 flex-1 overflow-y-auto px-4 py-3">
          <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 md:grid-cols-4" aria-label={t(isMulti ? "media.picker.titleGallery" : "media.picker.titleImage")}>
            {search.items.map((image) => {
              const isSelected = selected.some((item) => item.id === image.id);
              return (
                <li key={image.id}>
                  <button
                    type="button"
                    aria-pressed={isMulti ? isSelected : undefined}
                    aria-label={t("media.picker.choose", { name: image.originalName })}
                    className="flex w-full flex-col overflow-hidden rounded-md border border-slate-200 bg-white text-left text-xs hover:border-slate-400 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 aria-pressed:border-blue-700 aria-pressed:ring-2 aria-pressed:ring-blue-700"
                    onClick={() => toggle(image)}
                  >
                    <span className="flex aspect-[4/3] items-center justify-center bg-slate-100">
                      {image.thumbnailUrl && (
                        <picture className="flex h-full w-full">
                          <img src={image.thumbnailUrl} alt="" width={image.width} height={image.height} loading="lazy" className="h-full w-full object-cover" />
                        </picture>
                      )}
                    </span>
                    <span className="truncate px-2 pt-1 font-medium text-slate-900">{image.originalName}</span>
                    <span className="px-2 pb-1.5 text-slate-600">
                      {t("media.library.dimensions", { width: formatNumber(locale, image.width), height: formatNumber(locale, image.height) })}
                      {!image.altText.trim() && <span className="ml-1 font-medium text-amber-800">· {t("media.picker.noAlt")}</span>}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
          {search.nextCursor && (
            <div className="mt-3 text-center">
              <Button size="sm" busy={search.isLoading} onClick={() => void search.loadMore()}>
                {t("media.picker.more")}
              </Button>
            </div>
          )}
        </div>
        {isMulti && (
          <footer className="flex items-center justify-end gap-3 border-t border-slate-200 px-4 py-3">
            <span className="text-sm text-slate-700" aria-live="polite">
              {t("media.picker.selected", { count: selected.length })}
            </span>
            <Button onClick={onClose}>{t("media.picker.cancel")}</Button>
            <Button variant="primary" disabled={selected.length < min} onClick={() => onChoose(selected)}>
              {t("media.picker.insertSelected", { count: selected.length })}
            </Button>
          </footer>
        )}
      </div>
    </dialog>,
    document.body,
  );
}
