"use client";

import type { Editor } from "@tiptap/react";
import { useId, useState } from "react";
import { isSafeHref } from "@/lib/articles/rich-text";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASSES } from "@/components/ui/field";
import { FieldError, PanelForm } from "./panel-form";

/** Sets, changes or removes the link on the selection; refuses addresses the server would refuse. */
export function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useT();
  const id = useId();
  const current = editor.getAttributes("link").href as string | undefined;
  const [href, setHref] = useState(current ?? "");
  const [error, setError] = useState<string | null>(null);

  const apply = () => {
    const value = href.trim();
    if (!isSafeHref(value)) {
      setError(t("articles.editor.unsafeLink"));
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text: value, marks: [{ type: "link", attrs: { href: value } }] }).run();
    } else {
      chain.extendMarkRange("link").setLink({ href: value }).run();
    }
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose();
  };

  return (
    <PanelForm onClose={onClose}>
      <div className="min-w-64 flex-1">
        <label htmlFor={`${id}-href`} className="sr-only">
          {t("articles.editor.linkUrl")}
        </label>
        <input
          id={`${id}-href`}
          type="text"
          inputMode="url"
          autoFocus
          value={href}
          placeholder="https://"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={CONTROL_CLASSES}
          onChange={(event) => {
            setHref(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              apply();
            }
          }}
        />
        <FieldError id={`${id}-error`} message={error} />
      </div>
      <Button size="sm" variant="primary" onClick={apply}>
        {t("articles.editor.applyLink")}
      </Button>
      {current && (
        <Button size="sm" variant="secondary" onClick={remove}>
          {t("articles.editor.removeLink")}
        </Button>
      )}
      <Button size="sm" variant="ghost" onClick={onClose}>
        {t("common.cancel")}
      </Button>
    </PanelForm>
  );
}
