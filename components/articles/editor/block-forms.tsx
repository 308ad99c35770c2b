"use client";

import { NodeSelection } from "@tiptap/pm/state";
import type { Editor } from "@tiptap/react";
import { useId, useState } from "react";
import { MAX_CAPTION_LENGTH, MAX_FOOTNOTE_LENGTH } from "@/lib/articles/rich-text";
import { parseVideoUrl, videoWatchUrl, type VideoProvider } from "@/lib/articles/video-embed";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASSES } from "@/components/ui/field";
import { FieldError, PanelForm } from "./panel-form";
import { insertBlock } from "./insert-block";

/** The footnote or video the selection is on, when it is one: the form then edits it instead of adding one. */
function selectedNode(editor: Editor, type: string) {
  const { selection } = editor.state;
  return selection instanceof NodeSelection && selection.node.type.name === type ? selection.node : null;
}

export function FootnoteForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useT();
  const id = useId();
  const existing = selectedNode(editor, "footnote");
  const [note, setNote] = useState(String(existing?.attrs.note ?? ""));
  const [error, setError] = useState<string | null>(null);

  const apply = () => {
    const value = note.trim();
    if (!value) {
      setError(t("articles.editor.blocks.footnoteRequired"));
      return;
    }
    const chain = editor.chain().focus();
    if (existing) chain.updateAttributes("footnote", { note: value }).run();
    else chain.insertContent({ type: "footnote", attrs: { note: value } }).run();
    onClose();
  };

  return (
    <PanelForm onClose={onClose}>
      <div className="min-w-64 flex-1">
        <label htmlFor={`${id}-note`} className="block text-xs font-medium text-slate-700">
          {t("articles.editor.blocks.footnoteText")}
        </label>
        <textarea
          id={`${id}-note`}
          autoFocus
          rows={2}
          value={note}
          maxLength={MAX_FOOTNOTE_LENGTH}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${CONTROL_CLASSES} mt-1`}
          onChange={(event) => {
            setNote(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              apply();
            }
          }}
        />
        <FieldError id={`${id}-error`} message={error} />
      </div>
      <div className="flex gap-2 self-end">
        <Button size="sm" variant="primary" onClick={apply}>
          {existing ? t("articles.editor.blocks.updateFootnote") : t("articles.editor.blocks.addFootnote")}
        </Button>
        <Button size="sm" variant="ghost" onClick={onClose}>
          {t("common.cancel")}
        </Button>
      </div>
    </PanelForm>
  );
}

export function VideoForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useT();
  const id = useId();
  const existing = selectedNode(editor, "videoEmbed");
  const [url, setUrl] = useState(
    existing ? videoWatchUrl({ provider: existing.attrs.provider as VideoProvider, videoId: String(existing.attrs.videoId) }) : "",
  );
  const [title, setTitle] = useState(String(existing?.attrs.title ?? ""));
  const [error, setError] = useState<string | null>(null);

  const apply = () => {
    const video = parseVideoUrl(url);
    if (!video) {
      setError(t("articles.editor.blocks.videoInvalid"));
      return;
    }
    const attrs = { ...video, title: title.trim() };
    if (existing) editor.chain().focus().updateAttributes("videoEmbed", attrs).run();
    else insertBlock(editor, { type: "videoEmbed", attrs });
    onClose();
  };
  const submitOnEnter = (event: React.KeyboardEvent) => {
    if (event.key === "Enter") {
      event.preventDefault();
      apply();
    }
  };

  return (
    <PanelForm onClose={onClose}>
      <div className="min-w-64 flex-1">
        <label htmlFor={`${id}-url`} className="block text-xs font-medium text-slate-700">
          {t("articles.editor.blocks.videoUrl")}
        </label>
        <input
          id={`${id}-url`}
          type="text"
          inputMode="url"
          autoFocus
          value={url}
          placeholder="https://www.youtube.com/watch?v=…"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${CONTROL_CLASSES} mt-1`}
          onChange={(event) => {
            setUrl(event.target.value);
            setError(null);
          }}
          onKeyDown={submitOnEnter}
        />
        <FieldError id={`${id}-error`} message={error} />
      </div>
      <div className="min-w-48 flex-1">
        <label htmlFor={`${id}-title`} className="block text-xs font-medium text-slate-700">
          {t("articles.editor.blocks.videoTitle")}
        </label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          maxLength={MAX_CAPTION_LENGTH}
          className={`${CONTROL_CLASSES} mt-1`}
          onChange={(event) => setTitle(event.target.value)}
          onKeyDown={submitOnEnter}
        />
      </div>
      <div className="flex gap-2 self-end">
        <Button size="sm" variant="primary" onClick={apply}>
          {existing ? t("articles.editor.blocks.updateVideo") : t("articles.editor.blocks.addVideo")}
        </Button>
        <Button size="sm" variant="ghost" onClick={onClose}>
          {t("common.cancel")}
        </Button>
      </div>
    </PanelForm>
  );
}
