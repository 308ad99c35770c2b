import type { Actor } from "@/lib/authz/policy";
import { CSV_CONTENT_TYPE, toCsv, type CsvCell } from "@/lib/export/csv";
import { toXlsx, XLSX_CONTENT_TYPE } from "@/lib/export/xlsx";
import type { Translate } from "@/lib/i18n/translator";
import { slugify } from "@/lib/text/slug";
import type { ParticipantExportQuery } from "./participant-schemas";
import { listTripParticipants, type ParticipantRow } from "./participant-queries";
import { SEAT_HOLDING } from "./seats";

export type ExportFile = { fileName: string; contentType: string; body: string | Buffer };

type Column = { header: string; value: (row: ParticipantRow) => CsvCell };

/**
 * The columns of a sheet. Personal columns are added only for "contact.personal":
 * without it the rows carry no email, phone or needs at all (listTripParticipants
 * leaves the keys out), and the sheet has no such columns either.
 */
function participantColumns(t: Translate, canSeePersonal: boolean): Column[] {
  const columns: Column[] = [
    { header: t("participants.columns.latinName"), value: (row) => row.latinName },
    { header: t("participants.columns.nativeName"), value: (row) => row.nativeName },
    { header: t("participants.columns.nationality"), value: (row) => row.nationality },
    { header: t("participants.columns.outlet"), value: (row) => row.outlet?.name ?? "" },
    { header: t("participants.columns.mission"), value: (row) => row.mission?.name ?? "" },
    { header: t("participants.columns.role"), value: (row) => t(`contacts.roles.${row.role}`) },
    { header: t("participants.columns.status"), value: (row) => t(`participants.status.${row.status}`) },
    { header: t("participants.columns.waitlistPosition"), value: (row) => row.waitlistPosition },
  ];
  if (canSeePersonal) {
    columns.push(
      { header: t("participants.columns.email"), value: (row) => row.email ?? "" },
      { header: t("participants.columns.phone"), value: (row) => row.phone ?? "" },
      { header: t("participants.columns.needs"), value: (row) => row.needs ?? "" },
    );
  }
  return columns;
}

function roomingColumns(t: Translate, canSeePersonal: boolean): Column[] {
  const columns: Column[] = [
    { header: t("participants.columns.latinName"), value: (row) => row.latinName },
    { header: t("participants.columns.outlet"), value: (row) => row.outlet?.name ?? row.mission?.name ?? "" },
    { header: t("participants.columns.rooming"), value: (row) => row.rooming },
    { header: t("participants.columns.transport"), value: (row) => row.transport },
    { header: t("participants.columns.notes"), value: (row) => row.notes },
  ];
  if (canSeePersonal) columns.push({ header: t("participants.columns.needs"), value: (row) => row.needs ?? "" });
  return columns;
}

/**
 * The participant list or the rooming/transport sheet of a trip, as CSV or
 * XLSX, headed in the reader's language (`t`). Anyone with "trip.read" may
 * download it; unknown trips answer 404.
 */
export async function exportTripParticipants({ actor, tripId, query, t }: { actor: Actor; tripId: string; query: ParticipantExportQuery; t: Translate }): Promise<ExportFile> {
  const view = await listTripParticipants({ actor, tripId });
  const rooming = query.sheet === "rooming";
  const columns = rooming ? roomingColumns(t, view.canSeePersonal) : participantColumns(t, view.canSeePersonal);
  // The rooming sheet is for those who travel: seat holders only.
  const rows = (rooming ? view.participants.filter((row) => SEAT_HOLDING.includes(row.status)) : view.participants).map((row) =>
    columns.map((column) => column.value(row)),
  );
  const header = columns.map((column) => column.header);
  const sheetName = rooming ? t("participants.export.roomingSheet") : t("participants.export.participantsSheet");
  const base = slugify(`${view.trip.title} ${sheetName}`) || "trip";
  if (query.format === "csv") return { fileName: `${base}.csv`, contentType: CSV_CONTENT_TYPE, body: toCsv(header, rows) };
  return { fileName: `${base}.xlsx`, contentType: XLSX_CONTENT_TYPE, body: await toXlsx([{ name: sheetName, header, rows }]) };
}
