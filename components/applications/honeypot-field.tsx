import { HONEYPOT_FIELD } from "@/lib/delegations/public-request";

/**
 * A field people never see or reach (off screen, hidden from assistive
 * technology, out of the tab order) and bots fill in: the server then answers
 * as if all went well and keeps nothing.
 */
export function HoneypotField({ label }: { label: string }) {
  return (
    <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
      <label htmlFor={`field-${HONEYPOT_FIELD}`}>{label}</label>
      <input id={`field-${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
    </div>
  );
}
