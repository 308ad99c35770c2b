import { handleDocumentUpload } from "@/lib/delegations/document-upload";

/** Files of a public delegation application (the applicant's pass cookie says which). */
export function POST(request: Request) {
  return handleDocumentUpload(request);
}
