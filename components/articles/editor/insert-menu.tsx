"use client";

import type { Editor } from "@tiptap/react";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import type { MessageKey } from "@/lib/i18n/translator";
import { useT } from "@/components/i18n/i18n-provider";
import { Icon, ICONS } from "./toolbar-icons";

export type InsertItem = { key: string; label: MessageKey; icon: keyof typeof ICONS; shortcut?: string; run: (editor: Editor) => void };

/**
 * "+ Insert": a menu button listing every block the body can hold. It follows
 * the menu-button pattern: Enter, Space or Arrow Down open it on the first
 * item, arrows and Home/End move, Enter runs an item, Escape and Tab close it
 * and focus returns to the button.
 */
export function InsertMenu({ editor, items }: { editor: Editor | null; items: InsertItem[] }) {
  const t = useT();
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const entries = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (isOpen) entries.current[active]?.focus();
  }, [isOpen, active]);

  const open = (index: number) => {
    setActive(index);
    setIsOpen(true);
  };
  const close = (returnFocus: boolean) => {
    setIsOpen(false);
    if (returnFocus) button.current?.focus();
  };

  const onMenuKeyDown = (event: KeyboardEvent) => {
    const last = items.length - 1;
    const moves: Record<string, number> = { ArrowDown: active === last ? 0 : active + 1, ArrowUp: active === 0 ? last : active - 1, Home: 0, End: last };
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close(true);
    } else if (event.key === "Tab") {
      close(false);
    }
  };

  return (
    <div
      className="relative"
      onBlur={(event) => {
        if (isOpen && !event.currentTarget.contains(event.relatedTarget as Node | null)) setIsOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="inline-flex h-8 items-center gap-1 rounded border border-slate-300 bg-white px-2 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700 disabled:opacity-40"
        aria-haspopup="menu"
        aria-expanded={isOpen}
        aria-controls={isOpen ? `${id}-menu` : undefined}
        title={t("articles.editor.blocks.insertMenu")}
        disabled={!editor}
        onClick={() => (isOpen ? close(false) : open(0))}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            open(event.key === "ArrowDown" ? 0 : items.length - 1);
          }
        }}
      >
        <Icon d={ICONS.plus} />
        {t("articles.editor.blocks.insert")}
      </button>
      {isOpen && editor && (
        <div
          id={`${id}-menu`}
          role="menu"
          aria-label={t("articles.editor.blocks.insertMenu")}
          className="absolute left-0 z-30 mt-1 w-64 rounded-md border border-slate-200 bg-white py-1 shadow-lg"
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item, index) => (
            <button
              key={item.key}
              ref={(element) => {
                entries.current[index] = element;
              }}
              type="button"
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              className="flex w-full items-center gap-2 px-3 py-1.5 text-left text-sm text-slate-800 hover:bg-slate-100 focus:bg-blue-50 focus:outline-none"
              onMouseEnter={() => setActive(index)}
              onClick={() => {
                setIsOpen(false);
                item.run(editor);
              }}
            >
              <Icon d={ICONS[item.icon]} />
              <span className="flex-1">{t(item.label)}</span>
              {item.shortcut && <kbd className="font-sans text-xs text-slate-500">{item.shortcut}</kbd>}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
