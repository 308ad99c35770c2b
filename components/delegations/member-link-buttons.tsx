"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createContactFromMemberAction, linkMemberToContactAction } from "@/lib/delegations/review-actions";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";

type MemberLinkButtonsProps = {
  delegationId: string;
  memberId: string;
  memberName: string;
  matches: { contactId: string; latinName: string; reasons: string }[];
};

/** "Link to …" for each likely directory person, or a new directory entry from the member's name, nationality and role. */
export function MemberLinkButtons({ delegationId, memberId, memberName, matches }: MemberLinkButtonsProps) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);

  function run(action: () => Promise<{ status: string; message?: string }>, done: string) {
    startTransition(async () => {
      const state = await action();
      if (state.status === "ok") {
        setMessage({ tone: "ok", text: done });
        router.refresh();
      } else if (state.status === "error") {
        setMessage({ tone: "error", text: state.message ?? "" });
      }
    });
  }

  return (
    <div className="space-y-2" aria-busy={pending || undefined}>
      {matches.length > 0 && (
        <ul className="space-y-1">
          {matches.map((match) => (
            <li key={match.contactId} className="flex flex-wrap items-center gap-2">
              <Button
                size="sm"
                busy={pending}
                onClick={() => run(() => linkMemberToContactAction({ delegationId, memberId, contactId: match.contactId }), t("delegationReview.matching.linked"))}
              >
                {t("delegationReview.matching.link", { name: match.latinName })}
              </Button>
              <span className="text-xs text-slate-600">{match.reasons}</span>
            </li>
          ))}
        </ul>
      )}
      <Button size="sm" variant="ghost" busy={pending} onClick={() => run(() => createContactFromMemberAction({ delegationId, memberId }), t("delegationReview.matching.created"))}>
        {t("delegationReview.matching.create", { name: memberName })}
      </Button>
      <p aria-live="polite" className={message?.tone === "error" ? "text-sm text-red-700" : "text-sm text-green-800"}>
        {message?.text}
      </p>
    </div>
  );
}
