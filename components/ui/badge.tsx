import type { ReactNode } from "react";
import { cx } from "./class-names";

export type BadgeTone = "neutral" | "blue" | "amber" | "green" | "red" | "violet" | "slate";

const TONES: Record<BadgeTone, string> = {
  neutral: "bg-slate-100 text-slate-700 ring-slate-300",
  slate: "bg-slate-200 text-slate-800 ring-slate-400",
  blue: "bg-blue-50 text-blue-800 ring-blue-300",
  amber: "bg-amber-50 text-amber-900 ring-amber-300",
  green: "bg-green-50 text-green-800 ring-green-300",
  red: "bg-red-50 text-red-800 ring-red-300",
  violet: "bg-violet-50 text-violet-800 ring-violet-300",
};

export function Badge({ tone = "neutral", children, className }: { tone?: BadgeTone; children: ReactNode; className?: string }) {
  return (
    <span
      className={cx(
        "inline-flex items-center rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
        TONES[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
