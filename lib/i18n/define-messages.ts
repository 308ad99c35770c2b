import type { Locale } from "./locales";

/** Same keys in every locale, checked by the compiler: a missing translation does not build. */
export type MessageTree = { readonly [key: string]: string | MessageTree };
type SameShape<T> = { readonly [K in keyof T]: T[K] extends string ? string : SameShape<T[K]> };

export function defineMessages<T extends MessageTree>(messages: { vi: T } & { [L in Exclude<Locale, "vi">]: SameShape<T> }) {
  return messages;
}
