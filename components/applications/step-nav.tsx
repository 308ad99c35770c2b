import Link from "next/link";
import { FORM_STEPS } from "@/lib/delegations/application";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** The five steps; the ones reached are links, the current one is marked for assistive technology. */
export function StepNav({ current, reached, locale, t }: { current: number; reached: number; locale: Locale; t: Translate }) {
  const steps = Array.from({ length: FORM_STEPS }, (_, index) => index + 1);
  return (
    <nav aria-label={t("applications.stepsLabel")}>
      <p className="text-sm text-slate-600">{t("applications.stepOf", { step: current, total: FORM_STEPS })}</p>
      <ol className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {steps.map((step) => {
          const label = t(`applications.steps.${step}` as "applications.steps.1");
          if (step === current) return <li key={step} aria-current="step" className="font-semibold">{`${step}. ${label}`}</li>;
          return (
            <li key={step}>
              {step <= reached ? (
                <Link href={`/${locale}/delegations/apply?step=${step}`} className="underline">{`${step}. ${label}`}</Link>
              ) : (
                <span className="text-slate-500">{`${step}. ${label}`}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
