"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { linkTripArticleAction, unlinkTripArticleAction } from "@/lib/trips/report-actions";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** Links one of our articles to the trip, or unlinks it; the page then shows the new list. */
export function TripArticleButton({ tripId, articleId, title, mode }: { tripId: string; articleId: string; title: string; mode: "link" | "unlink" }) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function run() {
    startTransition(async () => {
      const action = mode === "link" ? linkTripArticleAction : unlinkTripArticleAction;
      const state = await action({ tripId, articleId });
      if (state.status === "ok") {
        setError(null);
        router.refresh();
      } else if (state.status === "error") setError(state.message);
    });
  }

  return (
    <span className="flex flex-col items-end gap-1">
      <FormMessage tone="error" message={error ?? undefined} />
      <Button size="sm" variant={mode === "link" ? "secondary" : "ghost"} busy={pending} onClick={run}>
        {mode === "link" ? t("coverage.articles.link", { title }) : t("coverage.articles.unlink", { title })}
      </Button>
    </span>
  );
}
