import { hash, verify } from "@node-rs/argon2";

/** argon2id with the library's defaults (OWASP's minimum: 19 MiB, 2 passes). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// Verifying against this when no account matches keeps the answer's timing
// the same, so response times do not reveal which e-mails have accounts.
const NO_ACCOUNT_HASH = "$argon2id$v=19$m=19456,t=2,p=1$Bb49KMT/2kvmzGOC2tCKQw$MybTnSkq0jZFYjBDzb6cqIWOfi66MESh1OiC1qXyjnM";

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  const matches = await verify(passwordHash ?? NO_ACCOUNT_HASH, password).catch(() => false);
  return passwordHash !== null && matches;
}

export const PASSWORD_MIN_LENGTH = 12;
