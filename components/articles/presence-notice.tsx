"use client";

import { useEffect, useState } from "react";
import { editSessionHeartbeatAction } from "@/lib/collaboration/actions";
import type { ActiveEditor } from "@/lib/collaboration/edit-sessions";
import { formatTime } from "@/lib/i18n/format";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";

/** Matches EDIT_SESSION_HEARTBEAT_MS on the server (a server module, not imported into the browser). */
const HEARTBEAT_MS = 20_000;

type PresenceNoticeProps = {
  articleId: string;
  /** Whether this person may edit: only then is their own presence announced. */
  canEdit: boolean;
  /** Who else was editing when the page was rendered. */
  others: ActiveEditor[];
};

/**
 * "Nguyễn Văn Minh is editing since 10:42". Someone who may edit and finds
 * the story already open elsewhere is told so first, and announced to the
 * others only once they choose to continue; otherwise their presence is kept
 * alive with a heartbeat while the page is visible, and released when they
 * leave. Informational only: the article's version check still guards the text.
 */
export function PresenceNotice({ articleId, canEdit, others: initialOthers }: PresenceNoticeProps) {
  const t = useT();
  const locale = useLocale();
  const [others, setOthers] = useState(initialOthers);
  const [continued, setContinued] = useState(initialOthers.length === 0);
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(new Set());
  const announcing = canEdit && continued;

  useEffect(() => {
    if (!announcing) return;
    let stopped = false;
    const beat = async () => {
      if (document.visibilityState !== "visible") return;
      const state = await editSessionHeartbeatAction({ articleId });
      if (!stopped && state.status === "ok") setOthers(state.data);
    };
    const releaseUrl = `/admin/articles/${articleId}/edit-session`;
    const onVisibility = () => void beat();
    // Leaving the page (closing, reloading, following a plain link): the beacon survives the unload.
    const onPageHide = () => navigator.sendBeacon(releaseUrl);
    void beat();
    const timer = window.setInterval(() => void beat(), HEARTBEAT_MS);
    document.addEventListener("visibilitychange", onVisibility);
    window.addEventListener("pagehide", onPageHide);
    return () => {
      stopped = true;
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", onVisibility);
      window.removeEventListener("pagehide", onPageHide);
      // Leaving within the app (client navigation) does not fire pagehide.
      void fetch(releaseUrl, { method: "POST", keepalive: true }).catch(() => undefined);
    };
  }, [announcing, articleId]);

  const shown = others.filter((other) => !acknowledged.has(other.userId));
  if (shown.length === 0) return null;

  return (
    <div role="status" className="mb-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <ul className="font-medium">
        {shown.map((other) => (
          <li key={other.userId}>
            {t("collaboration.presence.editingSince", { name: other.name, time: formatTime(locale, other.startedAt) })}
          </li>
        ))}
      </ul>
      {canEdit && (
        <div className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
          <p className="text-xs">{t("collaboration.presence.hint")}</p>
          <Button
            size="sm"
            variant="secondary"
            onClick={() => {
              setAcknowledged(new Set(others.map((other) => other.userId)));
              setContinued(true);
            }}
          >
            {t("collaboration.presence.continue")}
          </Button>
        </div>
      )}
    </div>
  );
}
