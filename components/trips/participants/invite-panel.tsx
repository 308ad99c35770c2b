import Form from "next/form";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { InviteCandidate } from "@/lib/trips/participant-queries";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { InviteForm } from "./invite-form";

type InvitePanelProps = { tripId: string; q: string; candidates: InviteCandidate[]; hasMore: boolean; locale: Locale; t: Translate };

/**
 * Whom to invite: the directory searched by name as a plain GET form (a search
 * is a URL), then the matches with their warnings and a box each.
 */
export function InvitePanel({ tripId, q, candidates, hasMore, locale, t }: InvitePanelProps) {
  return (
    <section aria-labelledby="invite-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="invite-heading" className="mb-3 text-base font-semibold text-slate-900">
        {t("participants.invite.heading")}
      </h2>
      <Form action={`/admin/trips/${tripId}/participants`} role="search" className="mb-4 flex flex-wrap items-end gap-2">
        <TextField name="q" type="search" label={t("participants.invite.searchLabel")} defaultValue={q} className="min-w-64 flex-1" autoComplete="off" />
        <Button type="submit">{t("participants.invite.search")}</Button>
      </Form>
      {candidates.length === 0 ? (
        <p className="text-sm text-slate-600">{t("participants.invite.noCandidates")}</p>
      ) : (
        <InviteForm key={q} tripId={tripId} candidates={candidates} locale={locale} />
      )}
      {hasMore && <p className="mt-2 text-xs text-slate-600">{t("participants.invite.moreCandidates")}</p>}
    </section>
  );
}
