import type { MissionDto, OutletDto } from "@/lib/contacts/queries";
import type { Translate } from "@/lib/i18n/translator";

/** Outlets and missions, each as a simple list with what tells them apart. */
export function OrganisationsList({ outlets, missions, t }: { outlets: OutletDto[]; missions: MissionDto[]; t: Translate }) {
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
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
