import type { ReactNode } from "react";
import type { DelegationScope } from "@/lib/delegations/access";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { DelegationStatusBadge } from "./delegation-status-badge";
import { delegationStay } from "./delegations-table";

/** The top of every page of one application: reference, outlet, status, stay. */
export function DelegationHeader({ delegation, locale, t, actions }: { delegation: DelegationScope; locale: Locale; t: Translate; actions?: ReactNode }) {
  return (
    <div className="mb-4 flex flex-wrap items-end justify-between gap-3">
      <div className="min-w-0">
        <h1 className="flex flex-wrap items-center gap-2 text-xl font-semibold tracking-tight text-slate-900">
          <span className="tabular-nums">{delegation.reference}</span>
          <span className="text-slate-500">·</span>
          <span>{delegation.outletName}</span>
          <DelegationStatusBadge status={delegation.status} label={t(`delegations.status.${delegation.status}`)} />
        </h1>
        <p className="mt-0.5 text-sm text-slate-600">{delegationStay(locale, delegation.arrivalOn, delegation.departureOn)}</p>
      </div>
      {actions && <div className="flex shrink-0 items-center gap-2">{actions}</div>}
    </div>
  );
}
