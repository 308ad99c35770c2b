import { AppError } from "@/lib/errors";
import { MEDIA_LIMITS } from "@/lib/media/limits";
import { uploadMedia } from "@/lib/media/mutations";
import { withActor } from "@/lib/route";

/** Room for the multipart envelope around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;

const fileTooLarge = () => new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { file: ["media.fileTooLarge"] } });
const fileMissing = () => new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { file: ["validation.required"] } });

/** POST /api/media — one file per request (multipart field `file`), so the browser can show each one's progress. */
export const POST = withActor("uploadMedia", async (request, { actor }) => {
  // Refused before the body is read: an oversized upload never fills the server's memory.
  if (Number(request.headers.get("content-length") ?? 0) > MEDIA_LIMITS.maxBytes + ENVELOPE_BYTES) throw fileTooLarge();
  const form = await request.formData().catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) throw fileMissing();
  const media = await uploadMedia({ actor, file: { name: file.name, bytes: Buffer.from(await file.arrayBuffer()) } });
  return Response.json({ data: media }, { status: 201 });
});
