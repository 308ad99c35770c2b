"use client";

import type { AutosaveOffer as Offer } from "@/lib/articles/autosave";
import { formatDateTime } from "@/lib/i18n/format";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/** On opening the editor: the person's autosaved working copy, to bring back or throw away. */
export function AutosaveOffer({ offer, onRestore, onDiscard, pending }: { offer: Offer; onRestore: () => void; onDiscard: () => void; pending: boolean }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Alert tone="warning" className="mb-4">
      <p>{t("revisions.autosave.offer")}</p>
      {offer.isBehind && <p className="mt-1">{t("revisions.autosave.offerBehind")}</p>}
      <div className="mt-2 flex flex-wrap gap-2">
        <Button variant="primary" size="sm" onClick={onRestore} disabled={pending}>
          {t("revisions.autosave.restore", { time: formatDateTime(locale, offer.savedAt) })}
        </Button>
        <Button variant="ghost" size="sm" onClick={onDiscard} disabled={pending}>
          {t("revisions.autosave.discard")}
        </Button>
      </div>
    </Alert>
  );
}
