import type { MissionDto, OutletDto } from "@/lib/contacts/queries";
import type { Translate } from "@/lib/i18n/translator";
import { MissionForm } from "./mission-form";
import { OutletForm } from "./outlet-form";

type OrganisationsListProps = { outlets: OutletDto[]; missions: MissionDto[]; canManage: boolean; t: Translate };

/** Outlets and missions, each with what tells them apart; those who keep the directory edit them in place. */
export function OrganisationsList({ outlets, missions, canManage, t }: OrganisationsListProps) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="outlets-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="outlets-heading" className="mb-2 text-sm font-semibold text-slate-900">
          {t("contacts.organisations.outlets")}
        </h2>
        {outlets.length === 0 ? (
          <p className="text-sm text-slate-600">{t("contacts.organisations.noOutlets")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {outlets.map((outlet) => (
              <li key={outlet.id} className="py-1.5">
                <span className="font-medium text-slate-900">{outlet.name}</span>
                <span className="text-slate-600">
                  {" · "}
                  {t(`contacts.outletKinds.${outlet.kind}`)} · {outlet.country}
                  {outlet.languages.length > 0 && ` · ${outlet.languages.join(", ")}`}
                </span>
                {canManage && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs text-blue-800 underline">{t("contacts.organisations.edit", { name: outlet.name })}</summary>
                    <OutletForm outlet={outlet} />
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="missions-heading" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="missions-heading" className="mb-2 text-sm font-semibold text-slate-900">
          {t("contacts.organisations.missions")}
        </h2>
        {missions.length === 0 ? (
          <p className="text-sm text-slate-600">{t("contacts.organisations.noMissions")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 text-sm">
            {missions.map((mission) => (
              <li key={mission.id} className="py-1.5">
                <span className="font-medium text-slate-900">{mission.name}</span>
                <span className="text-slate-600">
                  {" · "}
                  {t(`contacts.missionKinds.${mission.kind}`)} · {mission.country} · {mission.city}
                </span>
                {canManage && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-xs text-blue-800 underline">{t("contacts.organisations.edit", { name: mission.name })}</summary>
                    <MissionForm mission={mission} />
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
