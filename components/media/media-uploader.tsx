"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type ChangeEvent, type DragEvent } from "react";
import { formatByteSize } from "@/lib/i18n/format";
import { MEDIA_LIMITS } from "@/lib/media/limits";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/class-names";
import { uploadFile, type UploadOutcome } from "./upload-file";

/** Two at a time: each file shows steady progress and the server is not flooded by a folder's worth of photos. */
const PARALLEL_UPLOADS = 2;
/** What the server accepts, so the file chooser offers these first; the server still checks every file's bytes. */
const ACCEPTED_TYPES = "image/jpeg,image/png,image/webp,image/gif,image/avif,application/pdf";

type UploadStatus = "waiting" | "uploading" | "processing" | "done" | "failed";

type UploadRow = {
  key: number;
  name: string;
  size: number;
  status: UploadStatus;
  /** 0–100, of the bytes sent. */
  percent: number;
  mediaId?: string;
  error?: string;
};

/**
 * Adds files to the library: dropped on the zone or chosen with the button,
 * several at once. Each file is its own request (XMLHttpRequest, for its
 * upload progress), at most two at a time; every row ends with a link to the
 * new item or the server's reason for refusing the file.
 */
export function MediaUploader() {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const inputRef = useRef<HTMLInputElement>(null);
  const queue = useRef<{ key: number; file: File }[]>([]);
  const active = useRef(0);
  const nextKey = useRef(1);
  const batch = useRef({ done: 0, failed: 0 });
  const [rows, setRows] = useState<UploadRow[]>([]);
  const [announcement, setAnnouncement] = useState("");
  const [isDragging, setIsDragging] = useState(false);

  const updateRow = (key: number, change: Partial<UploadRow>) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, ...change } : row)));

  function settle(key: number, name: string, outcome: UploadOutcome) {
    if (outcome.ok) {
      batch.current.done += 1;
      updateRow(key, { status: "done", percent: 100, mediaId: outcome.id });
      setAnnouncement(t("media.upload.announceDone", { name }));
    } else {
      batch.current.failed += 1;
      updateRow(key, { status: "failed", error: outcome.message });
      setAnnouncement(t("media.upload.announceFailed", { name, message: outcome.message }));
    }
  }

  function pump() {
    while (active.current < PARALLEL_UPLOADS && queue.current.length > 0) {
      const { key, file } = queue.current.shift()!;
      active.current += 1;
      void send(key, file).finally(() => {
        active.current -= 1;
        if (active.current === 0 && queue.current.length === 0) finishBatch();
        else pump();
      });
    }
  }

  async function send(key: number, file: File) {
    // Refused here as the server would refuse it, without sending 25 MB first.
    if (file.size > MEDIA_LIMITS.maxBytes) {
      settle(key, file.name, { ok: false, message: t("media.fileTooLarge") });
      return;
    }
    updateRow(key, { status: "uploading" });
    const outcome = await uploadFile(file, {
      onProgress: (percent) => updateRow(key, { percent }),
      onSent: () => updateRow(key, { status: "processing", percent: 100 }),
      networkErrorMessage: t("media.upload.networkError"),
      fallbackMessage: t("media.upload.failed"),
    });
    settle(key, file.name, outcome);
  }

  function finishBatch() {
    const { done, failed } = batch.current;
    batch.current = { done: 0, failed: 0 };
    setAnnouncement(t("media.upload.announceFinished", { done, failed }));
    if (done > 0) router.refresh();
  }

  function addFiles(files: FileList | null) {
    if (!files?.length) return;
    const added = Array.from(files, (file) => ({ key: nextKey.current++, file }));
    setRows((current) => [
      ...current,
      ...added.map(({ key, file }): UploadRow => ({ key, name: file.name, size: file.size, status: "waiting", percent: 0 })),
    ]);
    queue.current.push(...added);
    pump();
  }

  function onInputChange(event: ChangeEvent<HTMLInputElement>) {
    addFiles(event.target.files);
    // The same file may be chosen again after a failure.
    event.target.value = "";
  }

  function onDragOver(event: DragEvent<HTMLElement>) {
    if (!event.dataTransfer.types.includes("Files")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setIsDragging(true);
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setIsDragging(false);
    addFiles(event.dataTransfer.files);
  }

  const finished = rows.filter((row) => row.status === "done" || row.status === "failed");

  return (
    <section aria-labelledby="media-upload-heading" className="mb-4 rounded-lg border border-slate-200 bg-white p-3">
      <h2 id="media-upload-heading" className="sr-only">
        {t("media.upload.title")}
      </h2>
      <div
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={() => setIsDragging(false)}
        onDrop={onDrop}
        className={cx(
          "flex flex-col items-center justify-center gap-2 rounded-md border-2 border-dashed px-4 py-6 text-center transition-colors",
          isDragging ? "border-blue-600 bg-blue-50" : "border-slate-300 bg-slate-50",
        )}
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-7 text-slate-500" fill="none" stroke="currentColor" strokeWidth="1.5">
          <path strokeLinecap="round" strokeLinejoin="round" d="M12 16V4m0 0-4 4m4-4 4 4M4 16v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2" />
        </svg>
        <p className="text-sm text-slate-700">
          {t("media.upload.dropHere")}{" "}
          <Button variant="secondary" size="sm" className="ml-1 align-middle" onClick={() => inputRef.current?.click()} aria-describedby="media-upload-hint">
            {t("media.upload.chooseFiles")}
          </Button>
        </p>
        <p id="media-upload-hint" className="text-xs text-slate-600">
          {t("media.upload.hint")}
        </p>
        <input ref={inputRef} type="file" multiple accept={ACCEPTED_TYPES} onChange={onInputChange} hidden aria-label={t("media.upload.chooseFiles")} />
      </div>

      <p role="status" aria-live="polite" aria-atomic="true" className="sr-only">
        {announcement}
      </p>

      {rows.length > 0 && (
        <div className="mt-3">
          <div className="mb-1 flex items-center justify-between">
            <h3 className="text-xs font-medium text-slate-600 uppercase">{t("media.upload.queueLabel")}</h3>
            {finished.length > 0 && (
              <Button variant="ghost" size="sm" onClick={() => setRows((current) => current.filter((row) => row.status !== "done" && row.status !== "failed"))}>
                {t("media.upload.clearFinished")}
              </Button>
            )}
          </div>
          <ul aria-label={t("media.upload.queueLabel")} className="divide-y divide-slate-100 rounded-md border border-slate-200">
            {rows.map((row) => (
              <UploadRowView key={row.key} row={row} sizeLabel={formatByteSize(locale, row.size)} />
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

function UploadRowView({ row, sizeLabel }: { row: UploadRow; sizeLabel: string }) {
  const t = useT();
  const status: Record<UploadStatus, string> = {
    waiting: t("media.upload.waiting"),
    uploading: t("media.upload.uploading", { percent: row.percent }),
    processing: t("media.upload.processing"),
    done: t("media.upload.done"),
    failed: t("media.upload.failed"),
  };
  return (
    <li className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-4 gap-y-1 px-3 py-2 text-sm sm:grid-cols-[minmax(0,1fr)_6rem_minmax(8rem,14rem)_9rem]">
      <span className="truncate font-medium text-slate-900">
        {row.status === "done" && row.mediaId ? (
          <Link href={`/admin/media/${row.mediaId}`} className="text-blue-800 underline hover:text-blue-950" aria-label={t("media.upload.openItem", { name: row.name })}>
            {row.name}
          </Link>
        ) : (
          row.name
        )}
      </span>
      <span className="text-right text-xs whitespace-nowrap text-slate-600 tabular-nums">{sizeLabel}</span>
      <progress
        max={100}
        value={row.status === "failed" ? 0 : row.percent}
        aria-label={t("media.upload.progressLabel", { name: row.name })}
        className={cx(
          "col-span-2 h-2 w-full overflow-hidden rounded-full sm:col-span-1",
          "[&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:transition-[width]",
          row.status === "done" ? "[&::-webkit-progress-value]:bg-green-600" : "[&::-webkit-progress-value]:bg-blue-700",
          row.status === "done" ? "[&::-moz-progress-bar]:bg-green-600" : "[&::-moz-progress-bar]:bg-blue-700",
        )}
      />
      <span
        className={cx(
          "col-span-2 text-xs sm:col-span-1",
          row.status === "done" && "font-medium text-green-800",
          row.status === "failed" && "font-medium text-red-700",
          (row.status === "waiting" || row.status === "uploading" || row.status === "processing") && "text-slate-600",
        )}
      >
        {status[row.status]}
      </span>
      {row.error && <span className="col-span-full text-xs font-medium text-red-700">{row.error}</span>}
    </li>
  );
}
