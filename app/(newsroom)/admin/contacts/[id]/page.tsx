import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { listLikelyDuplicatesOf } from "@/lib/contacts/duplicates";
import { getContactOrThrow, listMissions, listOutlets, mergedContactTarget } from "@/lib/contacts/queries";
import { createTranslator } from "@/lib/i18n/translator";
import { contactDelegationHistory } from "@/lib/delegations/contact-history";
import { contactTripHistory } from "@/lib/trips/participant-queries";
import { signInPath } from "@/components/auth/callback-path";
import { ContactDuplicates } from "@/components/contacts/contact-duplicates";
import { ContactFacts } from "@/components/contacts/contact-facts";
import { ContactForm } from "@/components/contacts/contact-form";
import { ContactDelegations } from "@/components/contacts/contact-delegations";
import { ContactTrips } from "@/components/contacts/contact-trips";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { PageHeader } from "@/components/ui/page-header";
import { pageErrorFor } from "../../page-errors";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("contacts.title") };
}

export default async function ContactPage({ params }: { params: Params }) {
  const { id } = await params;
  const path = `/admin/contacts/${id}`;
  const actor = await currentActor();
  if (!actor) redirect(signInPath(path));
  if (!can(actor, "contact.read")) forbidden();

  // An old link to a merged duplicate leads to the record it was merged into.
  const target = await mergedContactTarget({ actor, contactId: id });
  if (target) redirect(`/admin/contacts/${target}`);

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const contact = await getContactOrThrow({ actor, contactId: id }).catch(pageErrorFor(path));
  // The person's trips, for those who may read trips (writers never learn of them).
  const trips = can(actor, "trip.read") ? await contactTripHistory({ actor, contactId: contact.id }) : null;
  const delegations = can(actor, "delegation.review") ? await contactDelegationHistory({ actor, contactId: contact.id }) : null;
  const tripsSection = (
    <>
      {trips && <ContactTrips trips={trips} locale={locale} t={t} />}
      {delegations && <ContactDelegations delegations={delegations} locale={locale} t={t} />}
    </>
  );
  const subtitle = [contact.nativeName, t(`contacts.roles.${contact.role}`), contact.outlet?.name ?? contact.mission?.name].filter(Boolean).join(" · ");

  if (!contact.canManage || !contact.canSeePersonal) {
    return (
      <>
        <PageHeader title={contact.latinName} description={subtitle} />
        <ContactFacts contact={contact} locale={locale} t={t} />
        {tripsSection}
      </>
    );
  }
  const [outlets, missions, duplicates] = await Promise.all([
    listOutlets({ actor }),
    listMissions({ actor }),
    listLikelyDuplicatesOf({ actor, contactId: contact.id }),
  ]);
  return (
    <>
      <PageHeader title={contact.latinName} description={subtitle} />
      {duplicates.length > 0 && (
        <div className="mb-4">
          <ContactDuplicates keepId={contact.id} version={contact.version} duplicates={duplicates} />
        </div>
      )}
      <ContactForm
        // After a save the page re-renders with a new version; the form keeps its own state.
        key={contact.id}
        outlets={outlets}
        missions={missions}
        contact={{
          id: contact.id,
          version: contact.version,
          latinName: contact.latinName,
          nativeName: contact.nativeName,
          nationality: contact.nationality,
          role: contact.role,
          outletId: contact.outlet?.id ?? null,
          missionId: contact.mission?.id ?? null,
          languages: contact.languages,
          email: contact.email ?? null,
          phone: contact.phone ?? null,
          accreditationStatus: contact.accreditationStatus,
          accreditationExpiresOn: contact.accreditationExpiresOn,
          needs: contact.needs ?? "",
          notes: contact.notes,
        }}
      />
      {tripsSection}
    </>
  );
}
