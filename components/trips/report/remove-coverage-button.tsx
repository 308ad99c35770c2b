"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { removeCoverageAction } from "@/lib/trips/report-actions";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Removing a story takes two steps: the first press asks, the second (named for the story) removes. */
export function RemoveCoverageButton({ tripId, coverageId, version, title }: { tripId: string; coverageId: string; version: number; title: string }) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function remove() {
    startTransition(async () => {
      const state = await removeCoverageAction({ tripId, coverageId, version });
      if (state.status === "ok") router.refresh();
      else if (state.status === "error") {
        setError(state.message);
        setConfirming(false);
      }
    });
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <FormMessage tone="error" message={error ?? undefined} />
      {confirming ? (
        <span className="flex gap-2">
          <Button size="sm" variant="danger" busy={pending} onClick={remove}>
            {t("coverage.confirmRemove", { title })}
          </Button>
          <Button size="sm" onClick={() => setConfirming(false)}>
            {t("common.cancel")}
          </Button>
        </span>
      ) : (
        <Button size="sm" variant="ghost" onClick={() => setConfirming(true)}>
          {t("coverage.remove", { title })}
        </Button>
      )}
    </div>
  );
}
