import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { encryptText } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import { calendarDateToDb } from "@/lib/i18n/calendar-date";
import { users } from "@/lib/test/factories";
import { readPdf } from "@/lib/test/pdf-text";
import { refusal } from "@/lib/test/refusal";
import { issueApplicantPass } from "./applicant-access";
import { decisionLetterForApplicant, decisionLetterForStaff } from "./letter-downloads";
import { letterVerificationUrl } from "./letter-verification";

const MEMBERS = [
  { passportName: "Nguyễn Thị Hương", nationality: "JP", role: "REPORTER", passportNumber: "TZ8843217", dateOfBirth: "1987-03-14" },
  { passportName: "TANAKA Hiroshi", nationality: "JP", role: "CAMERA", passportNumber: "TR5521963", dateOfBirth: "1979-11-02" },
  { passportName: "Lê Đức Thắng", nationality: "VN", role: "FIXER", passportNumber: "C7704458", dateOfBirth: "1991-06-25" },
] as const;

let sequence = 0;

/** An application inserted as the review would leave it: members with encrypted passport data, the approval with its note. */
async function delegationIn(status: DelegationStatus, reviewerId: string) {
  sequence += 1;
  const delegation = await db.delegation.create({
    data: {
      reference: status === "DRAFT" ? null : `DL-2026-${String(sequence).padStart(5, "0")}`,
      status,
      locale: "vi",
      outletName: "NHK",
      outletKind: "TV",
      outletCountry: "JP",
      contactName: "Sato Yuki",
      contactEmail: `desk-${sequence}@nhk.example`,
      arrivalOn: calendarDateToDb("2026-12-10"),
      departureOn: calendarDateToDb("2026-12-16"),
      purpose: "Phóng sự về mùa thu hoạch cà phê ở Tây Nguyên",
      topics: ["Cà phê", "Đời sống đồng bào Ê Đê"],
      provinceCodes: ["DLK"],
      submittedAt: new Date("2026-11-20T03:00:00Z"),
      decidedAt: status === "APPROVED" ? new Date("2026-11-30T18:10:00Z") : null,
      members: {
        create: MEMBERS.map((member, position) => ({
          position,
          passportName: member.passportName,
          nationality: member.nationality,
          role: member.role,
          passportNumberEnc: encryptText("delegation_member.passport_number", member.passportNumber),
          passportNumberLast4: member.passportNumber.slice(-4),
          dateOfBirthEnc: encryptText("delegation_member.date_of_birth", member.dateOfBirth),
          passportExpiresOn: calendarDateToDb("2031-01-01"),
        })),
      },
    },
    select: { id: true, reference: true },
  });
  if (status === "APPROVED") {
    await db.delegationTransition.create({
      data: { delegationId: delegation.id, fromStatus: "UNDER_REVIEW", toStatus: "APPROVED", actorId: reviewerId, createdAt: new Date("2026-11-30T18:10:00Z"), note: "Đoàn làm việc với Sở Văn hóa tỉnh Đắk Lắk trước khi ghi hình." },
    });
  }
  return delegation;
}

const savedSecret = process.env.NEXTAUTH_SECRET;
beforeAll(() => {
  process.env.NEXTAUTH_SECRET = "test-secret-for-letter-passes";
});
afterAll(() => {
  process.env.NEXTAUTH_SECRET = savedSecret;
});

describe("the decision letter PDF", () => {
  test("states the delegation in Vietnamese then English with every diacritic intact, and no passport data", async () => {
    const officer = await users.create({ roles: ["PRESS_OFFICER"] });
    const delegation = await delegationIn("APPROVED", officer.id);
    const file = await decisionLetterForStaff({ actor: officer, delegationId: delegation.id });
    expect(file.fileName).toBe(`thu-chap-thuan-${delegation.reference}.pdf`);
    expect(file.body.subarray(0, 5).toString("latin1")).toBe("%PDF-");

    const pages = await readPdf(file.body);
    const whole = pages.map((page) => page.text).join("\n");
    const englishStarts = pages.findIndex((page) => page.text.startsWith("English version"));
    expect(englishStarts).toBeGreaterThan(0);
    const vietnamese = pages.slice(0, englishStarts).map((page) => page.text).join("\n");
    const english = pages.slice(englishStarts).map((page) => page.text).join("\n");
    expect(vietnamese.startsWith("Bản tiếng Việt")).toBe(true);
    expect(vietnamese).toContain("THƯ CHẤP THUẬN HOẠT ĐỘNG BÁO CHÍ");
    expect(vietnamese).toContain("Đoàn phóng viên NHK (Nhật Bản)");
    expect(vietnamese).toContain("Từ ngày 10 tháng 12 năm 2026 đến ngày 16 tháng 12 năm 2026.");
    expect(vietnamese).toContain("Địa bàn: Đắk Lắk");
    expect(english).toContain("LETTER OF APPROVAL FOR PRESS ACTIVITIES");
    expect(english).toContain("From 10 December 2026 to 16 December 2026.");
    expect(english).toContain("Provinces: Dak Lak (Đắk Lắk)");
    expect(vietnamese).toContain(`Số: ${delegation.reference}`);
    // Approved at 01:10 on 1 December in Hanoi (18:10 UTC the day before): the letter is dated in Hanoi.
    expect(vietnamese).toContain("Hà Nội, ngày 1 tháng 12 năm 2026");
    expect(english).toContain("Ha Noi, 1 December 2026");
    expect(english).toContain(`No. ${delegation.reference}`);
    expect(pages.map((page) => page.text.trim().split("\n").at(-1))).toEqual([`${delegation.reference} · Trang 1/2`, `${delegation.reference} · Page 2 of 2`]);
    for (const part of [vietnamese, english]) {
      expect(part).toContain("Đoàn làm việc với Sở Văn hóa tỉnh Đắk Lắk trước khi ghi hình.");
      for (const member of MEMBERS) expect(part).toContain(member.passportName);
    }
    for (const member of MEMBERS) {
      expect(whole).not.toContain(member.passportNumber);
      expect(whole).not.toContain(member.passportNumber.slice(-4));
      expect(whole).not.toContain(member.dateOfBirth.slice(0, 4));
      const [year, month, day] = member.dateOfBirth.split("-");
      expect(whole).not.toContain(`${day}/${month}/${year}`);
    }
  });

  test("carries a QR code image and a link to the verification page in each language", async () => {
    const officer = await users.create({ roles: ["PRESS_OFFICER"] });
    const delegation = await delegationIn("APPROVED", officer.id);
    const pages = await readPdf((await decisionLetterForStaff({ actor: officer, delegationId: delegation.id })).body);
    const { letterCode } = await db.delegation.findUniqueOrThrow({ where: { id: delegation.id }, select: { letterCode: true } });
    expect(letterCode).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(pages.reduce((sum, page) => sum + page.imageCount, 0)).toBe(2);
    expect(pages.flatMap((page) => page.links)).toEqual([letterVerificationUrl("vi", letterCode!), letterVerificationUrl("en", letterCode!)]);

    // A second download keeps the code already printed on the first letter.
    await decisionLetterForStaff({ actor: officer, delegationId: delegation.id });
    expect((await db.delegation.findUniqueOrThrow({ where: { id: delegation.id }, select: { letterCode: true } })).letterCode).toBe(letterCode);
  });
});

describe("who gets the letter", () => {
  test("the applicant, with the pass of that approved application only", async () => {
    const officer = await users.create({ roles: ["PRESS_OFFICER"] });
    const approved = await delegationIn("APPROVED", officer.id);
    const underReview = await delegationIn("UNDER_REVIEW", officer.id);
    const file = await decisionLetterForApplicant({ pass: issueApplicantPass(approved.id) });
    expect(file?.fileName).toBe(`thu-chap-thuan-${approved.reference}.pdf`);
    expect((await readPdf(file!.body))[0].text).toContain(approved.reference);

    expect(await decisionLetterForApplicant({ pass: issueApplicantPass(underReview.id) })).toBeNull();
    const expired = issueApplicantPass(approved.id, Date.now() - 3 * 60 * 60 * 1000);
    expect(await decisionLetterForApplicant({ pass: expired })).toBeNull();
    const [, expires, signature] = issueApplicantPass(underReview.id).split(".");
    expect(await decisionLetterForApplicant({ pass: `${approved.id}.${expires}.${signature}` })).toBeNull();
    expect(await decisionLetterForApplicant({ pass: undefined })).toBeNull();

    await db.delegation.update({ where: { id: approved.id }, data: { purgedAt: new Date() } });
    expect(await decisionLetterForApplicant({ pass: issueApplicantPass(approved.id) })).toBeNull();
  });

  test("press officers and admins; other roles are refused, drafts and unknown ids are not found", async () => {
    const officer = await users.create({ roles: ["PRESS_OFFICER"] });
    const approved = await delegationIn("APPROVED", officer.id);
    const admin = await users.create({ roles: ["ADMIN"] });
    expect((await decisionLetterForStaff({ actor: admin, delegationId: approved.id })).body.length).toBeGreaterThan(1000);
    for (const role of ["WRITER", "EDITOR", "CHIEF_EDITOR"] as const) {
      const someone = await users.create({ roles: [role] });
      expect((await refusal(decisionLetterForStaff({ actor: someone, delegationId: approved.id }))).code).toBe("FORBIDDEN");
    }
    const draft = await delegationIn("DRAFT", officer.id);
    expect((await refusal(decisionLetterForStaff({ actor: officer, delegationId: draft.id }))).code).toBe("NOT_FOUND");
    expect((await refusal(decisionLetterForStaff({ actor: officer, delegationId: "0f6b8c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b" }))).code).toBe("NOT_FOUND");
    expect((await refusal(decisionLetterForStaff({ actor: officer, delegationId: "not-a-uuid" }))).code).toBe("NOT_FOUND");
    const submitted = await delegationIn("SUBMITTED", officer.id);
    expect((await refusal(decisionLetterForStaff({ actor: officer, delegationId: submitted.id }))).code).toBe("INVALID_TRANSITION");
    await db.delegation.update({ where: { id: approved.id }, data: { status: "COMPLETED", purgedAt: new Date() } });
    expect((await refusal(decisionLetterForStaff({ actor: officer, delegationId: approved.id }))).messageKey).toBe("decisionLetter.purged");
  });
});
