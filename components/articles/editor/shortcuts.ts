"use client";

import { useSyncExternalStore } from "react";

/**
 * Keyboard shortcuts as TipTap binds them ("Mod" is ⌘ on Apple keyboards,
 * Ctrl elsewhere), for tooltips and aria-keyshortcuts.
 */
export const SHORTCUTS = {
  bold: "Mod-B",
  italic: "Mod-I",
  underline: "Mod-U",
  strike: "Mod-Shift-S",
  heading2: "Mod-Alt-2",
  heading3: "Mod-Alt-3",
  bulletList: "Mod-Shift-8",
  orderedList: "Mod-Shift-7",
  blockquote: "Mod-Shift-B",
  pullQuote: "Mod-Alt-P",
  footnote: "Mod-Alt-N",
  undo: "Mod-Z",
  redo: "Mod-Shift-Z",
} as const;

export type ShortcutName = keyof typeof SHORTCUTS;

const subscribe = () => () => undefined;
const readIsApple = () => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** Whether to show ⌘ rather than Ctrl; false while rendering on the server, so hydration matches. */
export function useIsApple(): boolean {
  return useSyncExternalStore(subscribe, readIsApple, () => false);
}

/** "Ctrl+Shift+B" / "⌘+Shift+B", as printed in a tooltip. */
export function shortcutLabel(name: ShortcutName, isApple: boolean): string {
  return SHORTCUTS[name].replace("Mod", isApple ? "⌘" : "Ctrl").replace("Alt", isApple ? "⌥" : "Alt").replaceAll("-", "+");
}

/** The same for aria-keyshortcuts, which names keys the way the platform does. */
export function ariaShortcut(name: ShortcutName, isApple: boolean): string {
  return SHORTCUTS[name].replace("Mod", isApple ? "Meta" : "Control").replaceAll("-", "+");
}
