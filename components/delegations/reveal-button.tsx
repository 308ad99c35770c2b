"use client";

import { useState, useTransition } from "react";
import { revealMemberFieldAction } from "@/lib/delegations/review-actions";
import { Button } from "@/components/ui/button";
import { useT } from "@/components/i18n/i18n-provider";

type RevealButtonProps = {
  delegationId: string;
  memberId: string;
  field: "PASSPORT_NUMBER" | "DATE_OF_BIRTH";
  /** What shows until the value is asked for: "•••••1234". */
  masked: string;
  /** "Show passport number of Anne Leroy". */
  label: string;
};

/**
 * A masked value and the button that asks the server for it: the value is
 * decrypted and the view logged only then, and it lives in this component's
 * state alone (never in the page's HTML or cache).
 */
export function RevealButton({ delegationId, memberId, field, masked, label }: RevealButtonProps) {
  const t = useT();
  const [pending, startTransition] = useTransition();
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  function reveal() {
    startTransition(async () => {
      const state = await revealMemberFieldAction({ delegationId, memberId, field });
      if (state.status === "ok") {
        setValue(state.data.value);
        setError(null);
      } else if (state.status === "error") {
        setError(state.message);
      }
    });
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span aria-live="polite" className="font-mono tabular-nums">
        {value ?? masked}
        {value && <span className="sr-only">{t("delegationReview.members.revealedNote")}</span>}
      </span>
      {value === null && (
        <Button size="sm" variant="ghost" busy={pending} onClick={reveal} aria-label={label} title={label}>
          {t("delegationReview.members.show")}
        </Button>
      )}
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
