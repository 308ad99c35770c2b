import { createHmac } from "node:crypto";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { PublicRequestKind } from "@/lib/generated/prisma/enums";

/**
 * Rate limits of the public delegation pages, per client address. The address
 * is never stored: only an HMAC of it with a server secret, so the table tells
 * nothing about who applied without that secret.
 */
export const PUBLIC_RATE_LIMITS: Record<PublicRequestKind, { max: number; windowMs: number }> = {
  APPLICATION_START: { max: 5, windowMs: 60 * 60 * 1000 },
  APPLICATION_SAVE: { max: 200, windowMs: 60 * 60 * 1000 },
  STATUS_LOOKUP: { max: 10, windowMs: 60 * 60 * 1000 },
  RESUME_LINK: { max: 10, windowMs: 60 * 60 * 1000 },
};

function addressSecret(): string {
  const secret = process.env.RATE_LIMIT_SECRET || process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("RATE_LIMIT_SECRET (or NEXTAUTH_SECRET) is not set: client addresses cannot be hashed.");
  return secret;
}

export function hashClientAddress(address: string): string {
  return createHmac("sha256", `public-request:${addressSecret()}`).update(address).digest("base64url");
}

/**
 * Counts one request of this kind from this client, or refuses it with
 * RATE_LIMITED when the window is full. An advisory lock per (kind, client)
 * makes concurrent requests count one after the other, so a burst cannot slip
 * past the limit; attempts older than the window are deleted on the way.
 */
export async function consumePublicAttempt({ kind, clientHash, now = new Date() }: { kind: PublicRequestKind; clientHash: string; now?: Date }): Promise<void> {
  const limit = PUBLIC_RATE_LIMITS[kind];
  const since = new Date(now.getTime() - limit.windowMs);
  const allowed = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`${kind}:${clientHash}`}))`;
    await tx.publicRequestAttempt.deleteMany({ where: { kind, clientHash, createdAt: { lt: since } } });
    const recent = await tx.publicRequestAttempt.count({ where: { kind, clientHash, createdAt: { gte: since } } });
    if (recent >= limit.max) return false;
    await tx.publicRequestAttempt.create({ data: { kind, clientHash, createdAt: now } });
    return true;
  });
  if (!allowed) throw new AppError("RATE_LIMITED", "applications.rateLimited");
}
