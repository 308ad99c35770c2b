/**
 * Applications inserted directly, with encrypted passport data, for tests of
 * the statistics and the purge (the application form and the review have
 * their own tests of how rows get there).
 */
import { randomUUID } from "node:crypto";
import { blindIndex, encryptText } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import type { DelegationMemberRole, DelegationStatus, OutletKind } from "@/lib/generated/prisma/enums";

let sequence = 0;

export type TestDelegationInput = {
  status: DelegationStatus;
  outletCountry?: string | null;
  outletKind?: OutletKind | null;
  topics?: string[];
  submittedAt?: Date | null;
  decidedAt?: Date | null;
  endedAt?: Date | null;
  members?: { nationality: string; role: DelegationMemberRole; passportNumber?: string }[];
  documents?: { storageKey: string }[];
};

export const statsDelegations = {
  async create(input: TestDelegationInput): Promise<string> {
    sequence += 1;
    const id = randomUUID();
    await db.delegation.create({
      data: {
        id,
        reference: input.status === "DRAFT" ? null : `DL-T${String(sequence).padStart(4, "0")}-${id.slice(0, 8)}`,
        status: input.status,
        outletName: `Outlet ${sequence}`,
        outletKind: input.outletKind ?? null,
        outletCountry: input.outletCountry ?? null,
        contactName: `Contact ${sequence}`,
        contactEmail: `contact${sequence}@outlet.test`,
        contactPhone: "+33 1 23 45 67 89",
        purpose: "Reportage on the coffee harvest; interview with Mr Nguyễn Văn A",
        topics: input.topics ?? [],
        resumeTokenHash: `resume-${id}`,
        letterCode: input.status === "APPROVED" || input.status === "COMPLETED" ? `letter-${id}` : null,
        submittedAt: input.status === "DRAFT" ? null : (input.submittedAt ?? new Date()),
        decidedAt: input.decidedAt ?? null,
        endedAt: input.endedAt ?? null,
        members: {
          create: (input.members ?? []).map((member, position) => {
            const number = member.passportNumber ?? `P${sequence}${position}X12345`;
            return {
              position,
              passportName: `Member ${sequence}-${position}`,
              nationality: member.nationality,
              role: member.role,
              dateOfBirthEnc: encryptText("delegation_member.date_of_birth", "1985-04-12"),
              passportNumberEnc: encryptText("delegation_member.passport_number", number),
              passportNumberLast4: number.slice(-4),
              passportNumberHash: blindIndex("passport", number),
              identityHash: blindIndex("identity", `member ${sequence}-${position}|1985-04-12|${member.nationality}`),
              passportExpiresOn: new Date("2030-01-01T00:00:00Z"),
            };
          }),
        },
        documents: {
          create: (input.documents ?? []).map((document) => ({
            kind: "PASSPORT_SCAN" as const,
            fileName: "passport.pdf",
            mimeType: "application/pdf",
            byteSize: 4,
            storageKey: document.storageKey,
            isEncrypted: true,
          })),
        },
      },
    });
    return id;
  },
};

export const reporters = (count: number, nationality = "FR", role: DelegationMemberRole = "REPORTER") =>
  Array.from({ length: count }, () => ({ nationality, role }));
