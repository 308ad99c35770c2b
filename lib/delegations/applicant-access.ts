import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The applicant has no account. Once they have shown they know both the
 * reference number and the e-mail address of an application (on the status
 * page), or followed the resume link, the server hands them a pass: the
 * application's id and an expiry, signed with a server key. Later requests
 * (answering, uploading, downloading the decision letter) present the pass in
 * an HTTP-only cookie; nothing in it can be forged or moved to another
 * application without the key.
 */
export const APPLICANT_PASS_COOKIE = "delegation_pass";
export const APPLICANT_PASS_SECONDS = 2 * 60 * 60;

function passKey(): string {
  const key = process.env.NEXTAUTH_SECRET;
  if (!key) throw new Error("NEXTAUTH_SECRET is not set: applicant passes cannot be signed.");
  return `delegation-pass:${key}`;
}

const sign = (payload: string) => createHmac("sha256", passKey()).update(payload).digest("base64url");

export function issueApplicantPass(delegationId: string, now = Date.now()): string {
  const payload = `${delegationId}.${Math.floor(now / 1000) + APPLICANT_PASS_SECONDS}`;
  return `${payload}.${sign(payload)}`;
}

/** The application the pass opens, or null for a missing, expired, forged or malformed one. */
export function readApplicantPass(pass: string | undefined | null, now = Date.now()): string | null {
  if (!pass) return null;
  const parts = pass.split(".");
  if (parts.length !== 3) return null;
  const [delegationId, expires, signature] = parts;
  const expected = Buffer.from(sign(`${delegationId}.${expires}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (!/^\d+$/.test(expires) || Number(expires) * 1000 < now) return null;
  return delegationId;
}
