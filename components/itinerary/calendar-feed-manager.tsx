"use client";

import { useState, useTransition } from "react";
import { issueCalendarFeedAction, removeCalendarFeedAction } from "@/lib/itinerary/actions";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert, FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

type Feedback = { tone: "success" | "error"; message: string } | null;
type Confirming = "reset" | "remove" | null;

/**
 * Creates, resets or turns off the person's feed. The address is shown only
 * right after it is issued (the server keeps its hash, not the address);
 * resetting or turning off is confirmed first, since it breaks every calendar
 * app that uses the old address.
 */
export function CalendarFeedManager({ exists: initiallyExists, issuedOn }: { exists: boolean; issuedOn: string | null }) {
  const t = useT();
  const [pending, startTransition] = useTransition();
  const [exists, setExists] = useState(initiallyExists);
  const [address, setAddress] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [feedback, setFeedback] = useState<Feedback>(null);

  function issue() {
    startTransition(async () => {
      const state = await issueCalendarFeedAction({});
      setConfirming(null);
      if (state.status === "ok") {
        setExists(true);
        setAddress(`${window.location.origin}/api/calendar/${state.data.token}.ics`);
        setFeedback({ tone: "success", message: t("itinerary.feed.created") });
      } else if (state.status === "error") setFeedback({ tone: "error", message: state.message });
    });
  }

  function remove() {
    startTransition(async () => {
      const state = await removeCalendarFeedAction({});
      setConfirming(null);
      if (state.status === "ok") {
        setExists(false);
        setAddress(null);
        setFeedback({ tone: "success", message: t("itinerary.feed.removed") });
      } else if (state.status === "error") setFeedback({ tone: "error", message: state.message });
    });
  }

  async function copy() {
    if (!address) return;
    try {
      await navigator.clipboard.writeText(address);
      setFeedback({ tone: "success", message: t("itinerary.feed.copied") });
    } catch {
      // No clipboard outside a secure context: select the text so it can be copied by hand.
      (document.getElementById("feed-address") as HTMLInputElement | null)?.select();
      setFeedback({ tone: "error", message: t("itinerary.feed.copyFailed") });
    }
  }

  return (
    <div className="max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-5" aria-busy={pending || undefined}>
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      {!exists && <p className="text-sm text-slate-700">{t("itinerary.feed.none")}</p>}
      {exists && !address && issuedOn && <p className="text-sm text-slate-700">{t("itinerary.feed.active", { date: issuedOn })}</p>}
      {address && (
        <div className="flex flex-wrap items-end gap-2">
          <TextField
            id="feed-address"
            name="feedAddress"
            label={t("itinerary.feed.address")}
            hint={t("itinerary.feed.addressHint")}
            value={address}
            readOnly
            className="min-w-0 flex-1"
            onFocus={(event) => event.currentTarget.select()}
          />
          <Button onClick={copy}>{t("itinerary.feed.copy")}</Button>
        </div>
      )}
      {confirming ? (
        <Alert tone="warning">
          <p>{t(confirming === "reset" ? "itinerary.feed.resetConfirm" : "itinerary.feed.removeConfirm")}</p>
          <div className="mt-2 flex gap-2">
            <Button variant="danger" busy={pending} onClick={confirming === "reset" ? issue : remove} autoFocus>
              {t(confirming === "reset" ? "itinerary.feed.resetConfirmButton" : "itinerary.feed.removeConfirmButton")}
            </Button>
            <Button onClick={() => setConfirming(null)}>{t("common.cancel")}</Button>
          </div>
        </Alert>
      ) : (
        <div className="flex flex-wrap gap-2">
          {exists ? (
            <>
              <Button onClick={() => setConfirming("reset")}>{t("itinerary.feed.reset")}</Button>
              <Button variant="danger" onClick={() => setConfirming("remove")}>
                {t("itinerary.feed.remove")}
              </Button>
            </>
          ) : (
            <Button variant="primary" busy={pending} onClick={issue}>
              {t("itinerary.feed.create")}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
