import { db } from "@/lib/db";
import type { MediaStorage } from "@/lib/media/storage";
import { decryptBytes, decryptText, encryptBytes, encryptText, needsReencryption } from "./field-encryption";

export type RotationResult = { members: number; values: number; documents: number };

/**
 * Re-encrypts everything sealed with an older key under the current (first)
 * key of DATA_ENCRYPTION_KEYS: members' passport numbers and birth dates, and
 * encrypted documents. Each member's row is updated on its own over the
 * ciphertext it read (a concurrent edit wins and is re-read on the next run);
 * a document's new bytes replace the old under the same key only after they
 * decrypt. Safe to run again; once it reports nothing left, old keys may go.
 */
export async function reencryptPersonalData({ storage, batchSize = 200 }: { storage: MediaStorage; batchSize?: number }): Promise<RotationResult> {
  const result: RotationResult = { members: 0, values: 0, documents: 0 };
  let cursor: string | undefined;
  for (;;) {
    const members = await db.delegationMember.findMany({
      where: { OR: [{ passportNumberEnc: { not: null } }, { dateOfBirthEnc: { not: null } }], ...(cursor ? { id: { gt: cursor } } : {}) },
      orderBy: { id: "asc" },
      take: batchSize,
      select: { id: true, passportNumberEnc: true, dateOfBirthEnc: true },
    });
    if (members.length === 0) break;
    cursor = members[members.length - 1].id;
    for (const member of members) {
      const data: { passportNumberEnc?: string; dateOfBirthEnc?: string } = {};
      if (member.passportNumberEnc && needsReencryption(member.passportNumberEnc)) {
        data.passportNumberEnc = encryptText("delegation_member.passport_number", decryptText("delegation_member.passport_number", member.passportNumberEnc));
      }
      if (member.dateOfBirthEnc && needsReencryption(member.dateOfBirthEnc)) {
        data.dateOfBirthEnc = encryptText("delegation_member.date_of_birth", decryptText("delegation_member.date_of_birth", member.dateOfBirthEnc));
      }
      const changed = Object.keys(data).length;
      if (!changed) continue;
      const { count } = await db.delegationMember.updateMany({
        where: { id: member.id, passportNumberEnc: member.passportNumberEnc, dateOfBirthEnc: member.dateOfBirthEnc },
        data,
      });
      if (count) {
        result.members += 1;
        result.values += changed;
      }
    }
  }
  const documents = await db.delegationDocument.findMany({ where: { isEncrypted: true }, select: { storageKey: true, mimeType: true } });
  for (const document of documents) {
    const stored = await storage.read(document.storageKey);
    if (!stored || !needsReencryption(stored.toString("utf8"))) continue;
    const resealed = encryptBytes("delegation_document.passport_scan", decryptBytes("delegation_document.passport_scan", stored.toString("utf8")));
    await storage.put(document.storageKey, Buffer.from(resealed, "utf8"), "application/octet-stream");
    result.documents += 1;
  }
  return result;
}
