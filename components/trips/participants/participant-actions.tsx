"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionState } from "@/lib/action";
import type { ParticipantControls } from "@/lib/trips/participant-queries";
import { answerParticipantAction, recordAttendanceAction, removeParticipantAction } from "@/lib/trips/participant-actions";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { useAnnounce } from "./announcer";

type Participant = { id: string; version: number; latinName: string };

/**
 * The buttons of one row, each named for the person ("Accept for Anna
 * Schmidt") so a list of fifty is still clear to a screen reader. Removal asks
 * to be confirmed. After each answer the page is read again.
 */
export function ParticipantActions({ tripId, participant, controls }: { tripId: string; participant: Participant; controls: ParticipantControls }) {
  const t = useT();
  const router = useRouter();
  const announce = useAnnounce();
  const [pending, startTransition] = useTransition();
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const name = participant.latinName;
  const ref = { tripId, participantId: participant.id, version: participant.version };

  function run<T>(call: () => Promise<ActionState<T>>, success: (data: T) => string) {
    startTransition(async () => {
      const state = await call();
      if (state.status === "ok") {
        announce({ tone: "success", message: success(state.data) });
        router.refresh();
      } else if (state.status === "error") {
        announce({ tone: "error", message: state.message });
      }
      setConfirmingRemove(false);
    });
  }

  const withPromotions = (message: string, promoted: string[]) =>
    promoted.length ? `${message} ${t("participants.actions.promoted", { count: promoted.length })}` : message;

  return (
    <div className="flex flex-wrap gap-1.5" aria-busy={pending || undefined}>
      {controls.accept && (
        <Button
          size="sm"
          busy={pending}
          aria-label={t("participants.actions.acceptFor", { name })}
          onClick={() =>
            run(
              () => answerParticipantAction({ ...ref, answer: "ACCEPTED" }),
              (data) => t(data.status === "ACCEPTED" ? "participants.actions.accepted" : "participants.actions.waitlisted", { name }),
            )
          }
        >
          {t("participants.actions.accept")}
        </Button>
      )}
      {controls.decline && (
        <Button
          size="sm"
          busy={pending}
          aria-label={t("participants.actions.declineFor", { name })}
          onClick={() => run(() => answerParticipantAction({ ...ref, answer: "DECLINED" }), (data) => withPromotions(t("participants.actions.declined", { name }), data.promoted))}
        >
          {t("participants.actions.decline")}
        </Button>
      )}
      {controls.attendance && (
        <>
          <Button
            size="sm"
            busy={pending}
            aria-label={t("participants.actions.attendedFor", { name })}
            onClick={() => run(() => recordAttendanceAction({ ...ref, attendance: "ATTENDED" }), () => t("participants.actions.marked", { name }))}
          >
            {t("participants.actions.attended")}
          </Button>
          <Button
            size="sm"
            busy={pending}
            aria-label={t("participants.actions.noShowFor", { name })}
            onClick={() => run(() => recordAttendanceAction({ ...ref, attendance: "NO_SHOW" }), () => t("participants.actions.marked", { name }))}
          >
            {t("participants.actions.noShow")}
          </Button>
        </>
      )}
      {controls.remove &&
        (confirmingRemove ? (
          <>
            <Button
              size="sm"
              variant="danger"
              busy={pending}
              onClick={() => run(() => removeParticipantAction(ref), (data) => withPromotions(t("participants.actions.removed", { name }), data.promoted))}
            >
              {t("participants.actions.confirmRemove", { name })}
            </Button>
            <Button size="sm" onClick={() => setConfirmingRemove(false)}>
              {t("common.cancel")}
            </Button>
          </>
        ) : (
          <Button size="sm" variant="ghost" aria-label={t("participants.actions.removeFor", { name })} onClick={() => setConfirmingRemove(true)}>
            {t("participants.actions.remove")}
          </Button>
        ))}
    </div>
  );
}
