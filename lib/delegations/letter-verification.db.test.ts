import { describe, expect, test } from "vitest";
import { encryptText } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import { calendarDateToDb } from "@/lib/i18n/calendar-date";
import { users } from "@/lib/test/factories";
import { decisionLetterForStaff } from "./letter-downloads";
import { newLetterCode, verifyDecisionLetter } from "./letter-verification";

let sequence = 0;

async function delegationWithLetter(status: DelegationStatus, memberCount = 3) {
  sequence += 1;
  return db.delegation.create({
    data: {
      reference: status === "DRAFT" ? null : `DL-2026-${String(sequence).padStart(5, "0")}`,
      status,
      outletName: "Đoàn phóng viên NHK",
      outletCountry: "JP",
      arrivalOn: calendarDateToDb("2026-12-10"),
      departureOn: calendarDateToDb("2026-12-16"),
      provinceCodes: ["DLK"],
      decidedAt: new Date("2026-12-01T02:30:00Z"),
      letterCode: newLetterCode(),
      members: {
        create: Array.from({ length: memberCount }, (_, position) => ({
          position,
          passportName: `Nguyễn Văn ${position + 1}`,
          nationality: "JP",
          role: "REPORTER" as const,
          passportNumberEnc: encryptText("delegation_member.passport_number", `TZ88432${position}`),
          passportNumberLast4: `432${position}`,
        })),
      },
    },
    select: { id: true, reference: true, letterCode: true },
  });
}

describe("verifying a decision letter by its code", () => {
  test.each(["APPROVED", "ARRIVED", "IN_PROGRESS", "COMPLETED"] as const)("a %s delegation's letter is valid, with its dates and how many members", async (status) => {
    const delegation = await delegationWithLetter(status);
    const verification = await verifyDecisionLetter(delegation.letterCode!);
    expect(verification).toEqual({
      reference: delegation.reference,
      outletName: "Đoàn phóng viên NHK",
      outletCountry: "JP",
      arrivalOn: "2026-12-10",
      departureOn: "2026-12-16",
      issuedAt: new Date("2026-12-01T02:30:00Z"),
      memberCount: 3,
      validity: "VALID",
    });
    expect(JSON.stringify(verification)).not.toMatch(/Nguyễn|TZ88|432/);
  });

  test("a cancelled delegation's letter is revoked", async () => {
    const delegation = await delegationWithLetter("CANCELLED", 2);
    expect(await verifyDecisionLetter(delegation.letterCode!)).toMatchObject({ reference: delegation.reference, validity: "REVOKED", memberCount: 2 });
  });

  test("the day of the approval in the history is the letter's date", async () => {
    const officer = await users.create({ roles: ["PRESS_OFFICER"] });
    const delegation = await delegationWithLetter("APPROVED");
    const approvedAt = new Date("2026-11-30T09:15:00Z");
    await db.delegationTransition.create({ data: { delegationId: delegation.id, fromStatus: "UNDER_REVIEW", toStatus: "APPROVED", actorId: officer.id, createdAt: approvedAt } });
    expect((await verifyDecisionLetter(delegation.letterCode!))?.issuedAt).toEqual(approvedAt);
  });

  test("a letter produced by a download verifies; cancelling the delegation revokes it at once", async () => {
    const officer = await users.create({ roles: ["PRESS_OFFICER"] });
    const delegation = await delegationWithLetter("APPROVED");
    await db.delegation.update({ where: { id: delegation.id }, data: { letterCode: null } });
    await decisionLetterForStaff({ actor: officer, delegationId: delegation.id });
    const { letterCode } = await db.delegation.findUniqueOrThrow({ where: { id: delegation.id }, select: { letterCode: true } });
    expect((await verifyDecisionLetter(letterCode!))?.validity).toBe("VALID");
    await db.delegation.update({ where: { id: delegation.id }, data: { status: "CANCELLED" } });
    expect((await verifyDecisionLetter(letterCode!))?.validity).toBe("REVOKED");
  });

  test("unknown, malformed and draft codes, and applications never approved, verify nothing", async () => {
    expect(await verifyDecisionLetter(newLetterCode())).toBeNull();
    expect(await verifyDecisionLetter("not a code")).toBeNull();
    expect(await verifyDecisionLetter("")).toBeNull();
    for (const status of ["DRAFT", "SUBMITTED", "UNDER_REVIEW", "REJECTED", "WITHDRAWN"] as const) {
      const delegation = await delegationWithLetter(status);
      expect(await verifyDecisionLetter(delegation.letterCode!), status).toBeNull();
    }
  });
});
