/**
 * The address bar of a newsroom list: its filters come in as search params
 * and go out again in the links to other pages of the same list.
 */
export type SearchParamsRecord = Record<string, string | string[] | undefined>;

/** One value per name (a repeated parameter keeps its first); empty values mean "no filter". */
export function firstValues(params: SearchParamsRecord): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, (Array.isArray(value) ? value[0] : value) || undefined]));
}

/** The list's URL for the same filters, from a cursor (or the first page). */
export function listHref<K extends string>(path: string, keys: readonly K[], filters: Partial<Record<K, string | undefined>>, cursor: string | null): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (cursor) params.set("cursor", cursor);
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}
