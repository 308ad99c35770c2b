import { db } from "@/lib/db";
import type { DelegationDocumentKind, DelegationMemberRole, DelegationStatus, OutletKind } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb } from "@/lib/i18n/calendar-date";
import { isUuid } from "@/lib/text/uuid";

/**
 * The draft as the form shows it again. Passport numbers and birth dates are
 * never sent back, not even to the applicant: a saved member shows the last
 * four characters, and a blank field keeps what is stored.
 */
export type ApplicationDraft = {
  id: string;
  status: DelegationStatus;
  version: number;
  formStep: number;
  outletName: string;
  outletKind: OutletKind | null;
  outletCountry: string;
  outletWebsite: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  members: { id: string; passportName: string; nationality: string; role: DelegationMemberRole; passportExpiresOn: string; passportNumberLast4: string }[];
  arrivalOn: string;
  departureOn: string;
  purpose: string;
  topics: string[];
  provinceCodes: string[];
  placesDetail: string;
  interviewRequests: string;
  equipment: string;
  documents: { id: string; kind: DelegationDocumentKind; fileName: string; byteSize: number; memberId: string | null }[];
};

export async function getApplicationDraft(delegationId: string): Promise<ApplicationDraft | null> {
  if (!isUuid(delegationId)) return null;
  const row = await db.delegation.findFirst({
    where: { id: delegationId, status: "DRAFT" },
    select: {
      id: true,
      status: true,
      version: true,
      formStep: true,
      outletName: true,
      outletKind: true,
      outletCountry: true,
      outletWebsite: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      arrivalOn: true,
      departureOn: true,
      purpose: true,
      topics: true,
      provinceCodes: true,
      placesDetail: true,
      interviewRequests: true,
      equipment: true,
      members: {
        select: { id: true, passportName: true, nationality: true, role: true, passportExpiresOn: true, passportNumberLast4: true },
        orderBy: { position: "asc" },
      },
      documents: { select: { id: true, kind: true, fileName: true, byteSize: true, memberId: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!row) return null;
  return {
    ...row,
    outletCountry: row.outletCountry ?? "",
    outletWebsite: row.outletWebsite ?? "",
    arrivalOn: row.arrivalOn ? calendarDateFromDb(row.arrivalOn) : "",
    departureOn: row.departureOn ? calendarDateFromDb(row.departureOn) : "",
    members: row.members.map((member) => ({ ...member, passportExpiresOn: member.passportExpiresOn ? calendarDateFromDb(member.passportExpiresOn) : "" })),
  };
}
