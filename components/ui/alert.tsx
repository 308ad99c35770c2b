import type { ReactNode } from "react";
import { cx } from "./class-names";

export type AlertTone = "error" | "success" | "info" | "warning";

const TONES: Record<AlertTone, string> = {
  error: "border-red-300 bg-red-50 text-red-900",
  success: "border-green-300 bg-green-50 text-green-900",
  info: "border-blue-200 bg-blue-50 text-blue-900",
  warning: "border-amber-300 bg-amber-50 text-amber-950",
};

/** A static message box. For results that arrive later, use FormMessage (a live region). */
export function Alert({ tone = "info", title, children, className }: { tone?: AlertTone; title?: ReactNode; children?: ReactNode; className?: string }) {
  return (
    <div className={cx("rounded-md border px-3 py-2 text-sm", TONES[tone], className)}>
      {title && <p className="font-semibold">{title}</p>}
      {children && <div className={title ? "mt-1" : undefined}>{children}</div>}
    </div>
  );
}

/**
 * The outcome of a form or action. The live region is always in the page so
 * screen readers announce the message when it appears; errors interrupt
 * (assertive), confirmations wait (polite).
 */
export function FormMessage({ tone, message, children, className }: { tone: AlertTone; message?: ReactNode; children?: ReactNode; className?: string }) {
  const urgent = tone === "error" || tone === "warning";
  return (
    <div role={urgent ? "alert" : "status"} aria-live={urgent ? "assertive" : "polite"} aria-atomic="true" className={className}>
      {message || children ? (
        <Alert tone={tone}>
          {message}
          {children}
        </Alert>
      ) : null}
    </div>
  );
}
