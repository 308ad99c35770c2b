/**
 * How protected data looks when it is not revealed. A passport number keeps
 * its last four characters (stored apart in clear for exactly this), so an
 * officer can tell members apart and match a number read over the phone. A
 * date of birth is masked entirely ("••/••/••••"): showing even the year would
 * mean decrypting it for every page view, outside the access-logged reveal.
 */
export const MASK = "•••••";

export function maskPassportNumber(last4: string): string {
  return last4 ? `${MASK}${last4}` : MASK;
}

export const MASKED_DATE_OF_BIRTH = "••/••/••••";

