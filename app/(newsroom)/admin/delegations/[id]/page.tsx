import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { memberMatches } from "@/lib/delegations/member-matching";
import { getDelegationReviewOrThrow } from "@/lib/delegations/review-queries";
import { createTranslator } from "@/lib/i18n/translator";
import { signInPath } from "@/components/auth/callback-path";
import { ApplicationFacts } from "@/components/delegations/application-facts";
import { DelegationAccessLog } from "@/components/delegations/delegation-access-log";
import { DelegationDocuments } from "@/components/delegations/delegation-documents";
import { DelegationHeader } from "@/components/delegations/delegation-header";
import { DelegationHistory } from "@/components/delegations/delegation-history";
import { DelegationMembers } from "@/components/delegations/delegation-members";
import { DelegationWorkflowPanel } from "@/components/delegations/delegation-workflow-panel";
import { MemberMatchingPanel } from "@/components/delegations/member-matching-panel";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { Alert } from "@/components/ui/alert";
import { pageErrorFor } from "../../page-errors";
import { ButtonLink } from "@/components/ui/button";
import { APPROVED_STATUSES } from "@/lib/delegations/workflow";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("delegationReview.title") };
}

export default async function DelegationPage({ params }: { params: Params }) {
  const { id } = await params;
  const path = `/admin/delegations/${id}`;
  const actor = await currentActor();
  if (!actor) redirect(signInPath(path));
  if (!can(actor, "delegation.review")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const delegation = await getDelegationReviewOrThrow({ actor, delegationId: id }).catch(pageErrorFor(path));
  const matches = can(actor, "contact.manage") ? await memberMatches({ actor, delegationId: delegation.id }) : null;

  return (
    <>
      <DelegationHeader
        delegation={delegation}
        locale={locale}
        t={t}
        actions={
          APPROVED_STATUSES.includes(delegation.status) && (
            <>
              <ButtonLink href={`${path}/program`}>{t("delegationReview.programLink")}</ButtonLink>
              {!delegation.purgedAt && <ButtonLink href={`/api/delegations/${delegation.id}/letter`}>{t("delegationReview.letterLink")}</ButtonLink>}
            </>
          )
        }
      />
      {delegation.purgedAt && (
        <Alert tone="info" className="mb-4">
          {t("delegationReview.detail.purged")}
        </Alert>
      )}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0 space-y-4">
          <ApplicationFacts delegation={delegation} locale={locale} t={t} />
          <DelegationMembers delegation={delegation} locale={locale} t={t} />
          <DelegationDocuments delegation={delegation} locale={locale} t={t} />
          <DelegationHistory items={delegation.history} locale={locale} t={t} />
          {delegation.canSeePersonal && <DelegationAccessLog entries={delegation.accessLog} locale={locale} t={t} />}
        </div>
        <aside className="space-y-4">
          <DelegationWorkflowPanel delegationId={delegation.id} version={delegation.version} targets={delegation.allowedTargets} noteRequiredFor={delegation.noteRequiredFor} />
          {matches && <MemberMatchingPanel delegation={delegation} matches={matches} t={t} />}
        </aside>
      </div>
    </>
  );
}
