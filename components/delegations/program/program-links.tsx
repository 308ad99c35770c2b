import type { Translate } from "@/lib/i18n/translator";
import { buttonClasses, ButtonLink } from "@/components/ui/button";

/** The program in print (each language, whatever the UI's) and as a calendar file. */
export function ProgramLinks({ delegationId, t }: { delegationId: string; t: Translate }) {
  const base = `/admin/delegations/${delegationId}/program/print`;
  return (
    <div className="flex flex-wrap gap-2">
      <ButtonLink href={`${base}?lang=vi`} size="sm" hrefLang="vi">
        {t("delegationProgram.links.printVi")}
      </ButtonLink>
      <ButtonLink href={`${base}?lang=en`} size="sm" hrefLang="en">
        {t("delegationProgram.links.printEn")}
      </ButtonLink>
      {/* A file download, not a page: a plain link, so the router does not try to render it. */}
      <a href={`/api/delegations/${delegationId}/calendar`} download className={buttonClasses("secondary", "sm")}>
        {t("delegationProgram.links.ics")}
      </a>
    </div>
  );
}
