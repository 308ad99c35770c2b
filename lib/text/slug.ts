/**
 * Folds Vietnamese (and other Latin) diacritics to plain ASCII letters:
 * "Đắk Lắk" → "Dak Lak". Đ/đ is a separate letter, not a combining mark, so
 * Unicode decomposition alone leaves it in place.
 */
export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{Mn}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
}

/** Lower-case, diacritics-free text for search indexes and queries. */
export function searchKey(text: string): string {
  return foldDiacritics(text).toLowerCase().replace(/\s+/g, " ").trim();
}

export const SLUG_MAX_LENGTH = 120;

/** "Đắk Lắk: a new road" → "dak-lak-a-new-road". */
export function slugify(text: string): string {
  const slug = foldDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, "");
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
