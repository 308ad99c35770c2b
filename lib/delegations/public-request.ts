import { z } from "zod";
import type { MessageKey } from "@/lib/i18n/translator";

/**
 * What the public delegation endpoints need to know of a request, apart from
 * Next: the client's address for rate limits, the honeypot, and zod errors by
 * their full path ("members.3.passportNumber") so the form shows each one on
 * its own field (z.flattenError keeps only the first segment).
 */
export const HONEYPOT_FIELD = "faxNumber";

/**
 * The client address. Behind a reverse proxy that sets X-Forwarded-For (and
 * overwrites what the client sent), TRUSTED_PROXY=true makes its first hop the
 * address. Without it the header is the client's own claim and is ignored; a
 * Next server action does not see the connection's address, so all anonymous
 * clients then share one bucket: stricter, never bypassable by a forged header.
 */
export function clientAddress(headers: Headers, env: Readonly<Record<string, string | undefined>> = process.env): string {
  if (env.TRUSTED_PROXY === "true") {
    const first = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (first) return first;
  }
  return "direct";
}

/** A bot filled the field people never see. */
export function honeypotFilled(input: Record<string, unknown>): boolean {
  const value = input[HONEYPOT_FIELD];
  return typeof value === "string" ? value.trim() !== "" : value !== undefined && value !== null && value !== false;
}

/** "members.3.passportNumber" → nested objects and arrays, as a schema reads them. */
export function nestFields(flat: Record<string, unknown>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(flat)) {
    const parts = key.split(".");
    let node: Record<string, unknown> = root;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) node[part] = value;
      else {
        const nextIsIndex = /^\d+$/.test(parts[index + 1]);
        node[part] ??= nextIsIndex ? [] : {};
        node = node[part] as Record<string, unknown>;
      }
    });
  }
  return root;
}

export function issuesByPath(error: z.ZodError): { fieldErrors: Record<string, MessageKey[]>; formErrors: MessageKey[] } {
  const fieldErrors: Record<string, MessageKey[]> = {};
  const formErrors: MessageKey[] = [];
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".");
    const message = issue.message as MessageKey;
    if (!key) formErrors.push(message);
    else {
      const list = (fieldErrors[key] ??= []);
      if (!list.includes(message)) list.push(message);
    }
  }
  return { fieldErrors, formErrors };
}
