import { MESSAGES, type Messages } from "./messages";
import type { Locale } from "./locales";

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MessageKey = Leaves<Messages>;
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

function lookup(tree: unknown, key: string): string | undefined {
  let node = tree;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

/** `t("articles.status.DRAFT")`, with `{name}` placeholders filled from params. */
export function createTranslator(locale: Locale): Translate {
  const tree = MESSAGES[locale];
  return (key, params) => {
    const template = lookup(tree, key) ?? key;
    if (!params) return template;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in params ? String(params[name]) : match));
  };
}

/** Looks up a key built at run time (e.g. from an enum value); falls back to the key. */
export function translateDynamic(t: Translate, key: string, params?: MessageParams): string {
  return t(key as MessageKey, params);
}
