/**
 * Public delegation applications for database tests, made through the real
 * domain functions (start, each step, a letter upload) so every row is one an
 * applicant could have produced.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { saveMembersStep, saveVisitStep, startApplication } from "@/lib/delegations/application";
import { saveMembersSchema, saveVisitSchema, startApplicationSchema } from "@/lib/delegations/application-schemas";
import { attachApplicationDocument } from "@/lib/delegations/documents";
import { db } from "@/lib/db";
import { todayInVietnam } from "@/lib/i18n/calendar-date";
import { LocalDiskStorage } from "@/lib/media/storage";
import { uniqueLabel } from "./factories";

export const PDF = Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
export const year = (offset: number) => `${Number(todayInVietnam().slice(0, 4)) + offset}`;
export const inYears = (offset: number, monthDay = "-06-15") => `${year(offset)}${monthDay}`;

/** A throw-away folder per test file, so uploads never land in the project's media. */
export const testStorage = new LocalDiskStorage(mkdtempSync(path.join(tmpdir(), "delegation-docs-")));

export const outlet = (fields: Record<string, unknown> = {}) => ({
  outletName: uniqueLabel("Le Monde"),
  outletKind: "NEWSPAPER",
  outletCountry: "fr",
  outletWebsite: "https://www.lemonde.fr",
  contactName: "Claire Dupont",
  contactEmail: `${uniqueLabel("claire")}@lemonde.fr`,
  contactPhone: "+33 1 57 28 20 00",
  ...fields,
});

export const member = (fields: Record<string, unknown> = {}) => ({
  passportName: "Nguyễn Văn An",
  nationality: "FR",
  dateOfBirth: "1985-04-12",
  passportNumber: "19AB 12345",
  passportExpiresOn: inYears(5),
  role: "REPORTER",
  ...fields,
});

export const visit = (version: number, fields: Record<string, unknown> = {}) =>
  saveVisitSchema.parse({
    version,
    arrivalOn: inYears(1, "-03-01"),
    departureOn: inYears(1, "-03-10"),
    purpose: "Report on the Mekong delta",
    topics: "climate\nrice farming",
    provinceCodes: ["HCM", "CT", "DLK"],
    ...fields,
  });

export async function start(fields: Record<string, unknown> = {}) {
  return startApplication({ input: startApplicationSchema.parse(outlet(fields)), locale: "en" });
}

export async function versionOf(delegationId: string) {
  return (await db.delegation.findUniqueOrThrow({ where: { id: delegationId }, select: { version: true } })).version;
}

/** A draft with every step done and a letter attached. */
export async function completeDraft(fields: Record<string, unknown> = {}, members = [member()]) {
  const { delegationId } = await start(fields);
  await saveMembersStep({ delegationId, input: saveMembersSchema.parse({ version: await versionOf(delegationId), members }) });
  await saveVisitStep({ delegationId, input: visit(await versionOf(delegationId)) });
  await attachApplicationDocument({ delegationId, kind: "ASSIGNMENT_LETTER", memberId: null, fileName: "letter.pdf", bytes: PDF, storage: testStorage });
  return delegationId;
}

