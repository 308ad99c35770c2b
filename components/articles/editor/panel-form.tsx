"use client";

import type { ReactNode } from "react";

/** The row under the toolbar where a link, footnote or video is written; Escape closes it. */
export function PanelForm({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  return (
    <div
      className="flex flex-wrap items-start gap-2 border-t border-slate-200 px-2 py-2"
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onClose();
        }
      }}
    >
      {children}
    </div>
  );
}

export function FieldError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-xs font-medium text-red-700">
      {message}
    </p>
  );
}
