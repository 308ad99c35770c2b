/**
 * The scheduled purge of applicants' personal data (issue 5, protected
 * personal data): applications that ended more than DELEGATION_PURGE_AFTER_MONTHS
 * months ago (default 24) lose everything that identifies a person — passport
 * numbers, dates of birth and their hashes, names, passport scans and other
 * documents, the contact person, the resume link, the letter's verification
 * code, free text that may name people, the e-mails sent — while what the
 * statistics count stays: status, dates, outlet (an organisation), country,
 * topics, provinces, the members' count, nationalities and roles.
 *
 * Each application is purged in its own transaction (a failure leaves it
 * whole, to be purged on the next run); stored files are removed after the
 * commit, since storage is not transactional and an orphan file is better than
 * a row pointing at nothing. Purged rows carry purgedAt and are never picked
 * again, so running twice changes nothing more.
 */
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/logger";
import { mediaStorage } from "@/lib/media/configured-storage";
import type { MediaStorage } from "@/lib/media/storage";
import { ENDED_STATUSES } from "./workflow";

/** What a purged passport name reads: the row stays (nationality and role count), the person is gone. */
export const PURGED_NAME = "—";
export const DEFAULT_PURGE_AFTER_MONTHS = 24;
const BATCH = 100;

export type PurgeResult = { cutoff: Date; applications: number; members: number; documents: number; filesRemoved: number; fileErrors: number };

/** DELEGATION_PURGE_AFTER_MONTHS as a whole number of months ≥ 1; anything else is a configuration error, not a silent default. */
export function purgeAfterMonths(env: Readonly<Record<string, string | undefined>> = process.env): number {
  const raw = env.DELEGATION_PURGE_AFTER_MONTHS?.trim();
  if (!raw) return DEFAULT_PURGE_AFTER_MONTHS;
  if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`DELEGATION_PURGE_AFTER_MONTHS must be a whole number of months (1 or more), not "${raw}".`);
  return Number(raw);
}

export function purgeCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}

/** Ended, not yet purged, and ended before the cutoff: by endedAt, else by the last step of its history. */
async function dueBatch(cutoff: Date, after: string | null): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT d.id FROM delegation d
    WHERE d.purged_at IS NULL
      AND d.status::text = ANY(${[...ENDED_STATUSES]}::text[])
      AND coalesce(d.ended_at, (SELECT max(t.created_at) FROM delegation_transition t WHERE t.delegation_id = d.id), d.updated_at) < ${cutoff}
      ${after ? Prisma.sql`AND d.id > ${after}::uuid` : Prisma.empty}
    ORDER BY d.id
    LIMIT ${BATCH}`;
  return rows.map((row) => row.id);
}

async function purgeOne(delegationId: string, now: Date): Promise<{ members: number; storageKeys: string[] } | null> {
  return db.$transaction(async (tx) => {
    // Locked and read again: a press officer's change in between wins, and a concurrent run skips it.
    const [locked] = await tx.$queryRaw<{ purged_at: Date | null }[]>`SELECT purged_at FROM delegation WHERE id = ${delegationId}::uuid FOR UPDATE`;
    if (!locked || locked.purged_at) return null;
    const documents = await tx.delegationDocument.findMany({ where: { delegationId }, select: { storageKey: true } });
    await tx.delegationDocument.deleteMany({ where: { delegationId } });
    const members = await tx.delegationMember.updateMany({
      where: { delegationId },
      data: {
        passportName: PURGED_NAME,
        dateOfBirthEnc: null,
        passportNumberEnc: null,
        passportNumberLast4: "",
        passportNumberHash: null,
        identityHash: null,
        passportExpiresOn: null,
        // The directory link would name the member again.
        contactId: null,
      },
    });
    await tx.outboundEmail.deleteMany({ where: { delegationId } });
    await tx.delegation.update({
      where: { id: delegationId },
      data: {
        contactName: "",
        contactEmail: "",
        contactPhone: "",
        resumeTokenHash: null,
        resumeTokenExpiresAt: null,
        letterCode: null,
        purpose: "",
        placesDetail: "",
        interviewRequests: "",
        equipment: "",
        purgedAt: now,
        version: { increment: 1 },
      },
    });
    return { members: members.count, storageKeys: documents.map((document) => document.storageKey) };
  });
}

export async function purgeEndedApplications({
  now = new Date(),
  monthsAfterEnd = purgeAfterMonths(),
  storage = mediaStorage(),
}: { now?: Date; monthsAfterEnd?: number; storage?: MediaStorage } = {}): Promise<PurgeResult> {
  const cutoff = purgeCutoff(now, monthsAfterEnd);
  const result: PurgeResult = { cutoff, applications: 0, members: 0, documents: 0, filesRemoved: 0, fileErrors: 0 };
  let after: string | null = null;
  for (;;) {
    const batch = await dueBatch(cutoff, after);
    for (const id of batch) {
      const purged = await purgeOne(id, now);
      if (!purged) continue;
      result.applications += 1;
      result.members += purged.members;
      result.documents += purged.storageKeys.length;
      if (!purged.storageKeys.length) continue;
      try {
        await storage.remove(purged.storageKeys);
        result.filesRemoved += purged.storageKeys.length;
      } catch (error) {
        result.fileErrors += purged.storageKeys.length;
        logger.error({ delegationId: id, err: error }, "purged application's files could not be removed");
      }
    }
    if (batch.length < BATCH) return result;
    after = batch[batch.length - 1];
  }
}
