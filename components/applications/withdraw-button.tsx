"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { withdrawApplicationAction } from "@/lib/delegations/application-actions";
import { usePublicForm } from "./use-public-form";

/** "Withdraw application", then a confirmation in the page (keyboard-reachable, focus moved to it). */
export function WithdrawButton({ version }: { version: number }) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const { pending, feedback, setFeedback, run } = usePublicForm();
  const confirmButton = useRef<HTMLButtonElement>(null);

  function ask() {
    setConfirming(true);
    requestAnimationFrame(() => confirmButton.current?.focus());
  }

  function withdraw() {
    run(() => withdrawApplicationAction({ version, locale }), () => {
      setConfirming(false);
      setFeedback({ tone: "success", message: t("applications.status.withdrawn") });
      router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      {confirming ? (
        <div role="group" aria-labelledby="withdraw-question" className="space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
          <p id="withdraw-question" className="text-sm">{t("applications.status.withdrawConfirm")}</p>
          <div className="flex flex-wrap gap-2">
            <Button ref={confirmButton} variant="danger" busy={pending} onClick={withdraw}>
              {t("applications.status.withdrawYes")}
            </Button>
            <Button onClick={() => setConfirming(false)}>{t("applications.status.withdrawNo")}</Button>
          </div>
        </div>
      ) : (
        <Button variant="danger" onClick={ask}>
          {t("applications.status.withdraw")}
        </Button>
      )}
    </div>
  );
}
