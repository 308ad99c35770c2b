import { db } from "@/lib/db";

/** Failures allowed per e-mail address, and per client address, inside the window. */
export const SIGN_IN_LIMITS = { perEmail: 5, perAddress: 20, windowMinutes: 15 } as const;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterMinutes: number };

/**
 * Counts recent failures whether or not an account exists for the e-mail, so
 * being locked out reveals nothing about which addresses have accounts.
 */
export async function checkSignInThrottle({ email, ipAddress }: { email: string; ipAddress: string }): Promise<ThrottleVerdict> {
  const since = new Date(Date.now() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const [byEmail, byAddress] = await Promise.all([
    db.signInAttempt.findMany({
      where: { email, succeeded: false, createdAt: { gte: since } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    }),
    db.signInAttempt.count({ where: { ipAddress, succeeded: false, createdAt: { gte: since } } }),
  ]);
  if (byEmail.length < SIGN_IN_LIMITS.perEmail && byAddress < SIGN_IN_LIMITS.perAddress) return { allowed: true };
  const oldest = byEmail[0]?.createdAt ?? since;
  const unlocksAt = oldest.getTime() + SIGN_IN_LIMITS.windowMinutes * 60_000;
  return { allowed: false, retryAfterMinutes: Math.max(1, Math.ceil((unlocksAt - Date.now()) / 60_000)) };
}

export async function recordSignInAttempt(attempt: { email: string; ipAddress: string; succeeded: boolean }) {
  await db.signInAttempt.create({ data: attempt });
}
