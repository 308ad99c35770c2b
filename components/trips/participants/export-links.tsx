import type { Translate } from "@/lib/i18n/translator";
import { buttonClasses } from "@/components/ui/button";

const LINKS = [
  { sheet: "participants", format: "xlsx", key: "participants.export.participantsXlsx" },
  { sheet: "participants", format: "csv", key: "participants.export.participantsCsv" },
  { sheet: "rooming", format: "xlsx", key: "participants.export.roomingXlsx" },
  { sheet: "rooming", format: "csv", key: "participants.export.roomingCsv" },
] as const;

/** Downloads of the guest list; what columns they hold is decided by the server for the person asking. */
export function ExportLinks({ tripId, t }: { tripId: string; t: Translate }) {
  return (
    <section aria-labelledby="downloads-heading" className="mt-6">
      <h2 id="downloads-heading" className="mb-2 text-sm font-semibold text-slate-900">
        {t("participants.export.heading")}
      </h2>
      <ul className="flex flex-wrap gap-2">
        {LINKS.map((link) => (
          <li key={`${link.sheet}-${link.format}`}>
            {/* A file, not a page: a plain link so the browser downloads it. */}
            <a href={`/api/trips/${tripId}/participants?format=${link.format}&sheet=${link.sheet}`} download className={buttonClasses("secondary", "sm")}>
              {t(link.key)}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
