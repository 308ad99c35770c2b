"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreArticleRevisionAction } from "@/lib/articles/actions";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * Restores a revision as a new save, after the person confirms. `version` is the
 * article version this page was rendered from: if someone saved since, the
 * server answers CONFLICT and nothing is written.
 */
export function RestoreRevisionButton({ articleId, revisionNumber, version }: { articleId: string; revisionNumber: number; version: number }) {
  const t = useT();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function restore() {
    startTransition(async () => {
      const state = await restoreArticleRevisionAction({ articleId, revisionNumber, version });
      if (state.status === "ok") {
        router.push(`/admin/articles/${articleId}`);
        return;
      }
      if (state.status === "error") setError([state.message, ...Object.values(state.fieldErrors ?? {}).flat()].join(" "));
      setConfirming(false);
    });
  }

  const promptId = `restore-${revisionNumber}-prompt`;
  return (
    <div className="space-y-2">
      {confirming ? (
        <div role="group" aria-labelledby={promptId} className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3">
          <p id={promptId} className="text-sm text-amber-950">
            {t("revisions.restore.confirm", { number: revisionNumber })}
          </p>
          <div className="flex gap-2">
            <Button variant="primary" busy={pending} onClick={restore} autoFocus>
              {pending ? t("revisions.restore.restoring") : t("revisions.restore.confirmButton")}
            </Button>
            <Button variant="ghost" disabled={pending} onClick={() => setConfirming(false)}>
              {t("common.cancel")}
            </Button>
          </div>
        </div>
      ) : (
        <Button
          variant="secondary"
          onClick={() => {
            setError(null);
            setConfirming(true);
          }}
        >
          {t("revisions.restore.button", { number: revisionNumber })}
        </Button>
      )}
      <FormMessage tone="error" message={error ?? undefined} />
    </div>
  );
}
