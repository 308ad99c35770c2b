"use client";

import { useState, useTransition } from "react";
import { mergeContactsAction } from "@/lib/contacts/actions";
import type { LikelyDuplicate } from "@/lib/contacts/duplicates";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

/**
 * The likely duplicates of the contact on the page, each with a two-step
 * "merge into this contact". The merge changes the kept record, so the page is
 * loaded afresh afterwards (the edit form must not keep the old version).
 */
export function ContactDuplicates({ keepId, version, duplicates }: { keepId: string; version: number; duplicates: LikelyDuplicate[] }) {
  const t = useT();
  const [pending, startTransition] = useTransition();
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function merge(mergeId: string) {
    startTransition(async () => {
      const state = await mergeContactsAction({ keepId, mergeId, version });
      if (state.status === "ok") {
        // A full load on purpose: the kept record changed under the edit form, whose fields are uncontrolled.
        window.location.reload();
      } else if (state.status === "error") {
        setError(state.message);
        setConfirming(null);
      }
    });
  }

  return (
    <section aria-labelledby="duplicates-heading" className="max-w-3xl space-y-3 rounded-lg border border-amber-300 bg-amber-50 p-4" aria-busy={pending || undefined}>
      <h2 id="duplicates-heading" className="text-sm font-semibold text-slate-900">
        {t("contacts.merge.title")}
      </h2>
      <p className="text-xs text-slate-700">{t("contacts.merge.hint")}</p>
      <FormMessage tone="error" message={error ?? undefined} />
      <ul className="divide-y divide-amber-200 text-sm">
        {duplicates.map((duplicate) => (
          <li key={duplicate.id} className="flex flex-wrap items-center gap-2 py-2">
            <a href={`/admin/contacts/${duplicate.id}`} className="font-medium text-blue-800 underline">
              {duplicate.latinName}
            </a>
            {duplicate.nativeName && <span className="text-slate-600">{duplicate.nativeName}</span>}
            {duplicate.outletName && <span className="text-slate-600">· {duplicate.outletName}</span>}
            <span className="ml-auto flex gap-2">
              {confirming === duplicate.id ? (
                <>
                  <Button size="sm" variant="danger" busy={pending} onClick={() => merge(duplicate.id)}>
                    {t("contacts.merge.confirm", { name: duplicate.latinName })}
                  </Button>
                  <Button size="sm" onClick={() => setConfirming(null)}>
                    {t("common.cancel")}
                  </Button>
                </>
              ) : (
                <Button size="sm" onClick={() => setConfirming(duplicate.id)}>
                  {t("contacts.merge.start", { name: duplicate.latinName })}
                </Button>
              )}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
