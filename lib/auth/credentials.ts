import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { verifyPassword } from "./password";
import { checkSignInThrottle, recordSignInAttempt } from "./throttle";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().max(320).pipe(z.email()),
  password: z.string().min(1).max(1024),
});

export type SignedInUser = { id: string; email: string; name: string; roles: Role[] };

/**
 * Checks e-mail and password. Every failure gives the same answer whether the
 * account is missing, inactive or the password wrong.
 */
export async function authenticate(input: unknown, ipAddress: string): Promise<SignedInUser> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) throw new AppError("UNAUTHENTICATED", "auth.invalidCredentials");
  const { email, password } = parsed.data;

  const verdict = await checkSignInThrottle({ email, ipAddress });
  if (!verdict.allowed) {
    throw new AppError("RATE_LIMITED", "auth.rateLimited", { params: { minutes: verdict.retryAfterMinutes } });
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, roles: true, isActive: true, passwordHash: true },
  });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? null, password);
  const succeeded = Boolean(user?.isActive && passwordMatches);
  await recordSignInAttempt({ email, ipAddress, succeeded });
  if (!succeeded || !user) throw new AppError("UNAUTHENTICATED", "auth.invalidCredentials");
  return { id: user.id, email: user.email, name: user.name, roles: user.roles };
}
