import { randomUUID } from "node:crypto";
import { z } from "zod";
import { AppError, isAppError } from "@/lib/errors";
import { DelegationDocumentKind } from "@/lib/generated/prisma/enums";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { createTranslator, translateDynamic } from "@/lib/i18n/translator";
import { logger } from "@/lib/logger";
import type { MediaStorage } from "@/lib/media/storage";
import { isSameOrigin } from "@/lib/request";
import { APPLICANT_PASS_COOKIE, readApplicantPass } from "./applicant-access";
import { attachApplicationDocument, DOCUMENT_REQUEST_MAX_BYTES } from "./documents";
import { clientAddress, issuesByPath } from "./public-request";
import { consumePublicAttempt, hashClientAddress } from "./public-rate-limit";

const uploadFieldsSchema = z.strictObject({
  kind: z.enum(DelegationDocumentKind, "validation.invalid"),
  memberId: z.preprocess((value) => (value === "" || value === undefined ? null : value), z.uuid("validation.invalid").nullable()),
  locale: z.string().optional(),
});

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of header?.split(";") ?? []) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

const tooLarge = () => new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { file: ["applications.fileTooLarge"] } });

/**
 * POST /api/delegations/documents: one file of the application the pass cookie
 * opens (multipart: file, kind, memberId for a passport scan). Same-origin
 * only; a declared or missing length over the limit is refused before a
 * byte of the body is read, and rate-limited like the form's saves.
 */
export async function handleDocumentUpload(request: Request, storage?: MediaStorage): Promise<Response> {
  const requestId = randomUUID();
  const log = logger.child({ route: "delegationDocumentUpload", requestId });
  const locale = request.headers.get("x-locale");
  const t = createTranslator(isLocale(locale) ? locale : DEFAULT_LOCALE);
  try {
    if (!isSameOrigin(request.headers)) throw new AppError("FORBIDDEN", "errors.crossOrigin");
    const length = Number(request.headers.get("content-length"));
    if (!request.headers.get("content-length") || !Number.isFinite(length) || length > DOCUMENT_REQUEST_MAX_BYTES) throw tooLarge();
    const delegationId = readApplicantPass(cookieValue(request.headers.get("cookie"), APPLICANT_PASS_COOKIE));
    if (!delegationId) throw new AppError("UNAUTHENTICATED", "applications.noPass");
    await consumePublicAttempt({ kind: "APPLICATION_SAVE", clientHash: hashClientAddress(clientAddress(request.headers)) });
    const form = await request.formData();
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { file: ["validation.required"] } });
    if (file.size > DOCUMENT_REQUEST_MAX_BYTES) throw tooLarge();
    const parsed = uploadFieldsSchema.safeParse({ kind: form.get("kind") ?? undefined, memberId: form.get("memberId") ?? undefined, locale: form.get("locale") ?? undefined });
    if (!parsed.success) throw new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: issuesByPath(parsed.error).fieldErrors });
    const document = await attachApplicationDocument({
      delegationId,
      kind: parsed.data.kind,
      memberId: parsed.data.memberId,
      fileName: file.name,
      bytes: Buffer.from(await file.arrayBuffer()),
      ...(storage ? { storage } : {}),
    });
    log.info({ kind: document.kind }, "document attached");
    return Response.json({ document }, { status: 201 });
  } catch (error) {
    if (isAppError(error)) {
      log.info({ code: error.code }, "document refused");
      const fieldErrors = error.fieldErrors && Object.fromEntries(Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map((key) => translateDynamic(t, key))]));
      return Response.json({ error: { code: error.code, message: t(error.messageKey, error.params), fieldErrors } }, { status: error.status });
    }
    log.error({ err: error }, "document upload failed");
    return Response.json({ error: { code: "UNEXPECTED", message: t("errors.unexpected", { requestId }) } }, { status: 500 });
  }
}
