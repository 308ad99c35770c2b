/**
 * Submitted applications inserted straight into the real database, with their
 * protected fields sealed the way lib/crypto seals them: for the review tests,
 * which must not wait for the public application form.
 */
import { encryptText } from "@/lib/crypto/field-encryption";
import { memberIdentityHash, passportNumberHash } from "@/lib/delegations/member-hashes";
import { db } from "@/lib/db";
import type { DelegationMemberRole, DelegationStatus } from "@/lib/generated/prisma/enums";
import { calendarDateToDb } from "@/lib/i18n/calendar-date";
import { uniqueLabel } from "./factories";

let counter = 0;

export type TestMember = {
  passportName?: string;
  nationality?: string;
  role?: DelegationMemberRole;
  passportNumber?: string;
  dateOfBirth?: string;
};

type DelegationOptions = {
  status?: DelegationStatus;
  locale?: string;
  outletName?: string;
  outletCountry?: string;
  contactEmail?: string;
  submittedAt?: Date;
  members?: TestMember[];
};

// The hashes the public application stores (lib/delegations/member-hashes.ts).
export const identityHashOf = memberIdentityHash;
export const passportHashOf = passportNumberHash;

export const delegations = {
  async create({
    status = "SUBMITTED",
    locale = "en",
    outletName = uniqueLabel("Outlet"),
    outletCountry = "FR",
    contactEmail = `${uniqueLabel("applicant").toLowerCase()}@example.org`,
    submittedAt = new Date(),
    members = [{}],
  }: DelegationOptions = {}) {
    counter += 1;
    const reference = status === "DRAFT" ? null : `DL-2026-${String(counter).padStart(5, "0")}${Math.random().toString(36).slice(2, 6)}`;
    return db.delegation.create({
      data: {
        reference,
        status,
        locale,
        outletName,
        outletKind: "NEWSPAPER",
        outletCountry,
        contactName: "Claire Martin",
        contactEmail,
        contactPhone: "+33 1 23 45 67 89",
        arrivalOn: calendarDateToDb("2026-12-10"),
        departureOn: calendarDateToDb("2026-12-14"),
        purpose: "Reportage sur le café de Đắk Lắk",
        topics: ["economy"],
        provinceCodes: [],
        submittedAt: status === "DRAFT" ? null : submittedAt,
        members: {
          create: members.map((member, position) => {
            const passportName = member.passportName ?? uniqueLabel("Member");
            const nationality = member.nationality ?? "FR";
            const passportNumber = member.passportNumber ?? `P${String(counter).padStart(4, "0")}${position}7731`;
            const dateOfBirth = member.dateOfBirth ?? "1990-04-17";
            return {
              position,
              passportName,
              nationality,
              role: member.role ?? "REPORTER",
              passportNumberEnc: encryptText("delegation_member.passport_number", passportNumber),
              passportNumberLast4: passportNumber.slice(-4),
              passportNumberHash: passportHashOf(passportNumber),
              dateOfBirthEnc: encryptText("delegation_member.date_of_birth", dateOfBirth),
              identityHash: identityHashOf({ passportName, dateOfBirth, nationality }),
              passportExpiresOn: calendarDateToDb("2031-01-01"),
            };
          }),
        },
      },
      select: { id: true, version: true, status: true, reference: true, contactEmail: true, members: { orderBy: { position: "asc" }, select: { id: true, passportName: true } } },
    });
  },
};
