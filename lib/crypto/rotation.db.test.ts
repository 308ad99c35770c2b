/**
 * Key rotation on a real database and real files: values sealed under the old
 * key are re-sealed under the new first key and still read the same; nothing
 * sealed under the current key is touched; a second run finds nothing to do.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { LocalDiskStorage } from "@/lib/media/storage";
import { delegations } from "@/lib/test/review-delegations";
import { decryptBytes, decryptText, encryptBytes, sealedKeyId } from "./field-encryption";
import { reencryptPersonalData } from "./rotation";

const OLD_KEYS = process.env.DATA_ENCRYPTION_KEYS!;
const NEW_KEY = `next:${Buffer.alloc(32, 7).toString("base64")}`;
let root: string;
let storage: LocalDiskStorage;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "newsroom-rotation-"));
  storage = new LocalDiskStorage(root);
});
afterAll(async () => {
  process.env.DATA_ENCRYPTION_KEYS = OLD_KEYS;
  await rm(root, { recursive: true, force: true });
});

describe("re-encryption under a new key", () => {
  test("moves every protected value and scan to the new key, reads the same, and is idempotent", async () => {
    const delegation = await delegations.create({ members: [{ passportNumber: "ROT123456", dateOfBirth: "1984-02-29" }] });
    const member = await db.delegationMember.findFirstOrThrow({ where: { delegationId: delegation.id } });
    const scan = Buffer.from("%PDF-1.4 scan of a passport");
    await storage.put("delegations/rotation-scan", Buffer.from(encryptBytes("delegation_document.passport_scan", scan), "utf8"), "application/octet-stream");
    await db.delegationDocument.create({
      data: { delegationId: delegation.id, memberId: member.id, kind: "PASSPORT_SCAN", fileName: "scan.pdf", mimeType: "application/pdf", byteSize: scan.length, storageKey: "delegations/rotation-scan", isEncrypted: true },
    });
    const oldKeyId = sealedKeyId(member.passportNumberEnc!);

    process.env.DATA_ENCRYPTION_KEYS = `${NEW_KEY},${OLD_KEYS}`;
    const first = await reencryptPersonalData({ storage });
    expect(first.values).toBeGreaterThanOrEqual(2);
    expect(first.documents).toBeGreaterThanOrEqual(1);

    const after = await db.delegationMember.findUniqueOrThrow({ where: { id: member.id } });
    expect(sealedKeyId(after.passportNumberEnc!)).toBe("next");
    expect(sealedKeyId(after.dateOfBirthEnc!)).toBe("next");
    expect(oldKeyId).not.toBe("next");
    // Readable with the new key alone: the old one can now be dropped.
    process.env.DATA_ENCRYPTION_KEYS = NEW_KEY;
    expect(decryptText("delegation_member.passport_number", after.passportNumberEnc!)).toBe("ROT123456");
    expect(decryptText("delegation_member.date_of_birth", after.dateOfBirthEnc!)).toBe("1984-02-29");
    const stored = (await storage.read("delegations/rotation-scan"))!.toString("utf8");
    expect(decryptBytes("delegation_document.passport_scan", stored).equals(scan)).toBe(true);

    const second = await reencryptPersonalData({ storage });
    expect(second).toEqual({ members: 0, values: 0, documents: 0 });
  });
});
