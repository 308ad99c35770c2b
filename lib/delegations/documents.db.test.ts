/**
 * Applicants' uploads on a real database and a throw-away disk: only PDF, JPEG
 * and PNG by their bytes, a size limit checked before the body is read,
 * passport scans sealed before they are stored, same-origin and a pass
 * required, files removed again when their row cannot be written.
 */
import { readdir } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import { decryptBytes } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { completeDraft, PDF, start, testStorage } from "@/lib/test/application-factories";
import { refusal } from "@/lib/test/refusal";
import { APPLICANT_PASS_COOKIE, issueApplicantPass } from "./applicant-access";
import { handleDocumentUpload } from "./document-upload";
import { attachApplicationDocument, DOCUMENT_LIMITS } from "./documents";

process.env.NEXTAUTH_SECRET ??= "test-only-secret";

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);
const EXECUTABLE = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]);

function uploadRequest(delegationId: string | null, fields: { file?: Buffer; name?: string; kind?: string; memberId?: string }, headers: Record<string, string> = {}) {
  const form = new FormData();
  if (fields.file) form.set("file", new File([new Uint8Array(fields.file)], fields.name ?? "file.pdf"));
  form.set("kind", fields.kind ?? "ASSIGNMENT_LETTER");
  if (fields.memberId) form.set("memberId", fields.memberId);
  const body = new Request("http://localhost:3000/x", { method: "POST", body: form });
  return body.arrayBuffer().then(
    (bytes) =>
      new Request("http://localhost:3000/api/delegations/documents", {
        method: "POST",
        body: bytes,
        headers: {
          "content-type": body.headers.get("content-type")!,
          "content-length": String(bytes.byteLength),
          host: "localhost:3000",
          origin: "http://localhost:3000",
          "x-locale": "en",
          ...(delegationId ? { cookie: `${APPLICANT_PASS_COOKIE}=${issueApplicantPass(delegationId)}` } : {}),
          ...headers,
        },
      }),
  );
}

const upload = async (...args: Parameters<typeof uploadRequest>) => handleDocumentUpload(await uploadRequest(...args), testStorage);

describe("uploading through the route", () => {
  test("a PNG letter is accepted and stored as it came", async () => {
    const { delegationId } = await start();
    const response = await upload(delegationId, { file: PNG, name: "C:\\scans\\letter.png" });
    expect(response.status).toBe(201);
    const row = await db.delegationDocument.findFirstOrThrow({ where: { delegationId } });
    expect(row).toMatchObject({ kind: "ASSIGNMENT_LETTER", mimeType: "image/png", fileName: "letter.png", byteSize: PNG.length, isEncrypted: false });
    expect(await testStorage.read(row.storageKey)).toEqual(PNG);
  });

  test("an executable renamed .pdf is refused on the file field and nothing is stored", async () => {
    const { delegationId } = await start();
    const response = await upload(delegationId, { file: EXECUTABLE, name: "letter.pdf" });
    expect(response.status).toBe(422);
    expect((await response.json()).error.fieldErrors.file).toEqual(["Only PDF, JPEG or PNG files are accepted."]);
    expect(await db.delegationDocument.count({ where: { delegationId } })).toBe(0);
  });

  test("a body declared larger than the limit is refused before it is read", async () => {
    const { delegationId } = await start();
    const request = new Request("http://localhost:3000/api/delegations/documents", {
      method: "POST",
      headers: {
        host: "localhost:3000",
        origin: "http://localhost:3000",
        "content-length": String(100 * 1024 * 1024),
        "x-locale": "en",
        cookie: `${APPLICANT_PASS_COOKIE}=${issueApplicantPass(delegationId)}`,
      },
      body: new ReadableStream({
        pull() {
          throw new Error("the body must not be read");
        },
      }),
      duplex: "half",
    } as RequestInit);
    const response = await handleDocumentUpload(request, testStorage);
    expect(response.status).toBe(422);
    expect((await response.json()).error.fieldErrors.file).toEqual(["The file is larger than 10 MB."]);
  });

  test("a cross-site post or one without a pass is refused", async () => {
    const { delegationId } = await start();
    expect((await upload(delegationId, { file: PDF }, { origin: "https://evil.example" })).status).toBe(403);
    expect((await upload(null, { file: PDF })).status).toBe(401);
    expect(await db.delegationDocument.count({ where: { delegationId } })).toBe(0);
  });
});

describe("attaching", () => {
  test("a passport scan is sealed before storage: the stored bytes are not the file", async () => {
    const delegationId = await completeDraft();
    const member = await db.delegationMember.findFirstOrThrow({ where: { delegationId } });
    const response = await upload(delegationId, { file: PNG, name: "passport.png", kind: "PASSPORT_SCAN", memberId: member.id });
    expect(response.status).toBe(201);
    const row = await db.delegationDocument.findFirstOrThrow({ where: { delegationId, kind: "PASSPORT_SCAN" } });
    expect(row).toMatchObject({ isEncrypted: true, memberId: member.id, mimeType: "image/png" });
    const stored = (await testStorage.read(row.storageKey))!;
    expect(stored.includes(PNG.subarray(0, 8))).toBe(false);
    expect(decryptBytes("delegation_document.passport_scan", stored.toString("utf8"))).toEqual(PNG);
  });

  test("a passport scan must name a member of the application", async () => {
    const { delegationId } = await start();
    const error = await refusal(attachApplicationDocument({ delegationId, kind: "PASSPORT_SCAN", memberId: null, fileName: "p.png", bytes: PNG, storage: testStorage }));
    expect(error.fieldErrors).toEqual({ memberId: ["applications.chooseMember"] });
  });

  test("a file too large and an eleventh file are refused; racing uploads past the limit leave no file behind", async () => {
    const { delegationId } = await start();
    const big = Buffer.concat([PDF, Buffer.alloc(DOCUMENT_LIMITS.maxBytes)]);
    expect((await refusal(attachApplicationDocument({ delegationId, kind: "OTHER", memberId: null, fileName: "big.pdf", bytes: big, storage: testStorage }))).fieldErrors).toEqual({
      file: ["applications.fileTooLarge"],
    });
    for (let index = 0; index < DOCUMENT_LIMITS.maxFiles - 2; index += 1) {
      await attachApplicationDocument({ delegationId, kind: "OTHER", memberId: null, fileName: `f${index}.pdf`, bytes: PDF, storage: testStorage });
    }
    // Four at once for the last two places: all pass the first count, two rows fail under the lock, and their files go.
    const racing = await Promise.allSettled(
      [1, 2, 3, 4].map((index) => attachApplicationDocument({ delegationId, kind: "OTHER", memberId: null, fileName: `race${index}.pdf`, bytes: PDF, storage: testStorage })),
    );
    expect(racing.filter((result) => result.status === "fulfilled")).toHaveLength(2);
    expect(await db.delegationDocument.count({ where: { delegationId } })).toBe(DOCUMENT_LIMITS.maxFiles);
    const eleventh = await refusal(attachApplicationDocument({ delegationId, kind: "OTHER", memberId: null, fileName: "f10.pdf", bytes: PDF, storage: testStorage }));
    expect(eleventh.fieldErrors).toEqual({ file: ["applications.tooManyFiles"] });
    const folder = (await readdir(testStorageRoot(delegationId))).length;
    expect(folder).toBe(DOCUMENT_LIMITS.maxFiles);
  });
});

const testStorageRoot = (delegationId: string) => `${(testStorage as unknown as { root: string }).root}/delegations/${delegationId}`;
