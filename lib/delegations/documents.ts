import { randomUUID } from "node:crypto";
import { encryptBytes } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { DelegationDocumentKind } from "@/lib/generated/prisma/enums";
import { MEDIA_TYPES, sniffMediaType } from "@/lib/media/file-type";
import { mediaStorage } from "@/lib/media/configured-storage";
import type { MediaStorage } from "@/lib/media/storage";
import { isUuid } from "@/lib/text/uuid";
import { lockDelegation } from "./access";

/**
 * Files an applicant attaches: the letter of assignment, passport scans, and
 * extra documents when the press office asks for more. PDF, JPEG or PNG as
 * their own bytes prove, never the name. Passport scans are sealed with
 * lib/crypto before they reach the storage, which then holds only ciphertext.
 */
export const DOCUMENT_LIMITS = { maxBytes: 10 * 1024 * 1024, maxFiles: 10 } as const;
/** Multipart framing around one file: a request longer than this is refused before it is read. */
export const DOCUMENT_REQUEST_MAX_BYTES = DOCUMENT_LIMITS.maxBytes + 64 * 1024;
const ACCEPTED = ["application/pdf", "image/jpeg", "image/png"] as const;
/** The applicant may add files while the draft is open, and when the press office asked for more. */
const ATTACHING_STATUSES = ["DRAFT", "INFO_REQUESTED"] as const;

const refused = (key: "applications.fileType" | "applications.fileTooLarge" | "applications.fileEmpty" | "applications.tooManyFiles") =>
  new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { file: [key] } });

export function checkDocumentBytes(bytes: Uint8Array): (typeof ACCEPTED)[number] {
  if (bytes.length === 0) throw refused("applications.fileEmpty");
  if (bytes.length > DOCUMENT_LIMITS.maxBytes) throw refused("applications.fileTooLarge");
  const type = sniffMediaType(bytes);
  const accepted = ACCEPTED.find((candidate) => candidate === type);
  if (!accepted) throw refused("applications.fileType");
  return accepted;
}

/** A name safe to show back: no path, no control characters. */
const cleanFileName = (name: string) => name.replace(/^.*[\\/]/, "").replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 200) || "document";

export async function attachApplicationDocument({
  delegationId,
  kind,
  memberId,
  fileName,
  bytes,
  storage = mediaStorage(),
}: {
  delegationId: string;
  kind: DelegationDocumentKind;
  memberId: string | null;
  fileName: string;
  bytes: Buffer;
  storage?: MediaStorage;
}) {
  if (!isUuid(delegationId)) throw notFound();
  const type = checkDocumentBytes(bytes);
  const delegation = await db.delegation.findUnique({
    where: { id: delegationId },
    select: { status: true, _count: { select: { documents: true } }, members: { select: { id: true } } },
  });
  if (!delegation) throw notFound();
  if (!(ATTACHING_STATUSES as readonly string[]).includes(delegation.status)) throw new AppError("INVALID_TRANSITION", "applications.notPossibleNow");
  if (delegation._count.documents >= DOCUMENT_LIMITS.maxFiles) throw refused("applications.tooManyFiles");
  if (kind === "PASSPORT_SCAN" && (!memberId || !delegation.members.some((member) => member.id === memberId))) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { memberId: ["applications.chooseMember"] } });
  }
  const encrypted = kind === "PASSPORT_SCAN";
  const id = randomUUID();
  const storageKey = `delegations/${delegationId}/${id}.${encrypted ? "sealed" : MEDIA_TYPES[type].extension}`;
  const stored = encrypted ? Buffer.from(encryptBytes("delegation_document.passport_scan", bytes), "utf8") : bytes;
  // The bytes first, then the row that points at them; a row that fails leaves no orphan file behind.
  await storage.put(storageKey, stored, encrypted ? "application/octet-stream" : type);
  try {
    return await db.$transaction(async (tx) => {
      // Counted again under the application's lock: two uploads racing for the tenth place cannot both win.
      await lockDelegation(tx, delegationId);
      const count = await tx.delegationDocument.count({ where: { delegationId } });
      if (count >= DOCUMENT_LIMITS.maxFiles) throw refused("applications.tooManyFiles");
      return tx.delegationDocument.create({
        data: {
          id,
          delegationId,
          memberId: kind === "PASSPORT_SCAN" ? memberId : null,
          kind,
          fileName: cleanFileName(fileName),
          mimeType: type,
          byteSize: bytes.length,
          storageKey,
          isEncrypted: encrypted,
        },
        select: { id: true, kind: true, fileName: true, byteSize: true },
      });
    });
  } catch (error) {
    await storage.remove([storageKey]);
    throw error;
  }
}

/** A draft's file the applicant no longer wants: the row goes, then the bytes. */
export async function removeApplicationDocument({ delegationId, documentId, storage = mediaStorage() }: { delegationId: string; documentId: string; storage?: MediaStorage }) {
  if (!isUuid(delegationId) || !isUuid(documentId)) throw notFound();
  const document = await db.delegationDocument.findFirst({ where: { id: documentId, delegationId, delegation: { status: "DRAFT" } }, select: { storageKey: true } });
  if (!document) throw notFound();
  await db.delegationDocument.delete({ where: { id: documentId } });
  await storage.remove([document.storageKey]);
}
