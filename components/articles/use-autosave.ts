"use client";

import { useEffect, useState } from "react";
import { autosaveArticleAction } from "@/lib/articles/actions";
import { contentPayload, type ArticleDraft } from "./article-draft";

/** Seconds of quiet after the last keystroke before the working copy is parked on the server. */
export const AUTOSAVE_IDLE_MS = 3_000;

export type AutosaveStatus =
  | { state: "idle" }
  | { state: "saving" }
  | { state: "saved"; savedAt: string }
  | { state: "failed"; message: string };

/**
 * Autosaves the person's draft after AUTOSAVE_IDLE_MS without a change, as their
 * own working copy over `baseVersion` (the version the editor holds). It never
 * saves the article: the editor stays "unsaved" and a real save still meets the
 * version check.
 */
export function useAutosave({ articleId, enabled, draft, baseVersion }: { articleId: string | undefined; enabled: boolean; draft: ArticleDraft; baseVersion: number }) {
  const [status, setStatus] = useState<AutosaveStatus>({ state: "idle" });

  useEffect(() => {
    if (!enabled || !articleId) return;
    let cancelled = false;
    const timer = setTimeout(async () => {
      setStatus({ state: "saving" });
      const state = await autosaveArticleAction({ articleId, baseVersion, draft: contentPayload(draft) });
      if (cancelled) return;
      if (state.status === "ok") setStatus({ state: "saved", savedAt: state.data.savedAt });
      else if (state.status === "error") setStatus({ state: "failed", message: state.message });
    }, AUTOSAVE_IDLE_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [articleId, enabled, draft, baseVersion]);

  return status;
}
