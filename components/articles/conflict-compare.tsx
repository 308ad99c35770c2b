"use client";

import { useState, useTransition } from "react";
import { compareDraftWithLatestAction } from "@/lib/articles/actions";
import type { DraftComparison } from "@/lib/articles/revisions";
import { formatDateTime } from "@/lib/i18n/format";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { contentPayload, type ArticleDraft } from "./article-draft";
import { RevisionDiffView } from "./revision-diff-view";

/**
 * After a save was refused with CONFLICT: shows what the person's unsaved text
 * changes relative to the latest save, so they can merge by hand, then lets them
 * take the latest version number on purpose — their next save then replaces
 * exactly the version they have just seen, and no other.
 */
export function ConflictCompare({ articleId, draft, onRebase }: { articleId: string; draft: ArticleDraft; onRebase: (version: number) => void }) {
  const t = useT();
  const locale = useLocale();
  const [comparison, setComparison] = useState<DraftComparison | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function compare() {
    startTransition(async () => {
      const state = await compareDraftWithLatestAction({ articleId, draft: contentPayload(draft) });
      if (state.status === "ok") {
        setComparison(state.data);
        setError(null);
      } else if (state.status === "error") {
        setError(state.message);
      }
    });
  }

  return (
    <div className="mb-4 space-y-3">
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" size="sm" busy={pending} onClick={compare}>
          {pending ? t("revisions.conflict.comparing") : t("revisions.conflict.compare")}
        </Button>
        {comparison && (
          <Button variant="ghost" size="sm" onClick={() => setComparison(null)}>
            {t("revisions.conflict.close")}
          </Button>
        )}
      </div>
      <FormMessage tone="error" message={error ?? undefined} />
      {comparison && (
        <section aria-labelledby="conflict-diff-heading" className="space-y-3 rounded-lg border border-amber-300 bg-white p-4">
          <h2 id="conflict-diff-heading" className="text-sm font-semibold text-slate-900">
            {t("revisions.conflict.title", { version: comparison.latestVersion })}
          </h2>
          {comparison.latest && (
            <p className="text-xs text-slate-600">
              {t("revisions.conflict.latestBy", {
                number: comparison.latest.number,
                author: comparison.latest.authorName ?? t("revisions.unknownAuthor"),
                date: formatDateTime(locale, comparison.latest.createdAt),
              })}
            </p>
          )}
          <p className="text-sm text-slate-700">{comparison.diff.hasChanges ? t("revisions.conflict.explain") : t("revisions.conflict.identical")}</p>
          {comparison.diff.hasChanges && <RevisionDiffView diff={comparison.diff} t={t} headingLevel={3} />}
          <Button variant="primary" onClick={() => onRebase(comparison.latestVersion)}>
            {t("revisions.conflict.rebase")}
          </Button>
        </section>
      )}
    </div>
  );
}
