import type { Translate } from "@/lib/i18n/translator";
import { buttonClasses, ButtonLink } from "@/components/ui/button";

/** The program in print (each language, whatever the UI's) and as a calendar file. */
export function ItineraryLinks({ tripId, canManage, t }: { tripId: string; canManage: boolean; t: Translate }) {
  const base = `/admin/trips/${tripId}/itinerary/print`;
  return (
    <div className="flex flex-wrap gap-2">
      <ButtonLink href={`${base}?lang=vi`} size="sm" hrefLang="vi">
        {t("itinerary.links.printVi")}
      </ButtonLink>
      <ButtonLink href={`${base}?lang=en`} size="sm" hrefLang="en">
        {t("itinerary.links.printEn")}
      </ButtonLink>
      {/* A file download, not a page: a plain link, so the router does not try to render it. */}
      <a href={`/api/trips/${tripId}/calendar`} download className={buttonClasses("secondary", "sm")}>
        {t("itinerary.links.ics")}
      </a>
      {canManage && (
        <ButtonLink href="/admin/trips/feed" size="sm" variant="ghost">
          {t("itinerary.feed.link")}
        </ButtonLink>
      )}
    </div>
  );
}
