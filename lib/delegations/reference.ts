import type { Tx } from "@/lib/db";

/**
 * The next reference number of a year, "DL-2026-00042", taken in the
 * submitting transaction by one statement. The upsert holds the year's
 * counter row locked until that transaction ends: a concurrent submission
 * waits for it, and a submission that rolls back gives its number back, so
 * the numbers of a year have no gaps and no repeats.
 */
export async function takeDelegationReference(tx: Tx, year: number): Promise<string> {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO delegation_reference_counter (year, last, updated_at)
    VALUES (${year}, 1, now())
    ON CONFLICT (year) DO UPDATE SET last = delegation_reference_counter.last + 1, updated_at = now()
    RETURNING last`;
  return formatDelegationReference(year, row.last);
}

export const formatDelegationReference = (year: number, sequence: number) => `DL-${year}-${String(sequence).padStart(5, "0")}`;
