import type { ReactNode } from "react";
import Link from "next/link";
import type { DelegationScope } from "@/lib/delegations/access";
import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import { formatCalendarRange } from "@/lib/i18n/calendar-date";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { PageHeader } from "@/components/ui/page-header";

const STATUS_TONES: Record<DelegationStatus, BadgeTone> = {
  DRAFT: "neutral",
  SUBMITTED: "blue",
  UNDER_REVIEW: "blue",
  INFO_REQUESTED: "amber",
  APPROVED: "violet",
  REJECTED: "red",
  ARRIVED: "green",
  IN_PROGRESS: "green",
  COMPLETED: "slate",
  WITHDRAWN: "slate",
  CANCELLED: "red",
};

export function stayOf(delegation: Pick<DelegationScope, "arrivalOn" | "departureOn">, locale: Locale, t: Translate): string {
  return delegation.arrivalOn && delegation.departureOn ? formatCalendarRange(locale, delegation.arrivalOn, delegation.departureOn) : t("delegationProgram.header.noDates");
}

/** The top of the program pages: which application this is, its stay and status, and the way back to it. */
export function ProgramHeader({ delegation, locale, t, title, actions }: { delegation: DelegationScope; locale: Locale; t: Translate; title: string; actions?: ReactNode }) {
  const facts = [
    { label: t("delegationProgram.header.reference"), value: delegation.reference ?? "" },
    { label: t("delegationProgram.header.outlet"), value: delegation.outletName },
    { label: t("delegationProgram.header.dates"), value: stayOf(delegation, locale, t) },
  ];
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/admin/delegations/${delegation.id}`} className="text-blue-800 underline underline-offset-2 hover:text-blue-950">
          {t("delegationProgram.backToApplication")}
        </Link>
      </p>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            {title}
            <Badge tone={STATUS_TONES[delegation.status]}>
              <span className="sr-only">{t("delegationProgram.header.status")}: </span>
              {t(`delegations.status.${delegation.status}`)}
            </Badge>
          </span>
        }
        actions={actions}
      />
      <dl className="mb-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {facts.map((fact) => (
          <div key={fact.label} className="contents">
            <dt className="font-semibold text-slate-700">{fact.label}</dt>
            <dd className="text-slate-900">{fact.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
