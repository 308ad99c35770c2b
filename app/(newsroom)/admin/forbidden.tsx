import { currentActor } from "@/lib/auth/session";
import { createTranslator } from "@/lib/i18n/translator";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { ButtonLink } from "@/components/ui/button";

/** Shown with status 403 when a page's policy check refuses the signed-in person. */
export default async function AdminForbidden() {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <title>{`${t("common.forbiddenTitle")} · ${t("common.appName")}`}</title>
      <p className="text-sm font-semibold text-slate-500">403</p>
      <h1 className="mt-1 text-2xl font-semibold tracking-tight text-slate-900">{t("common.forbiddenTitle")}</h1>
      <p className="mt-2 text-sm text-slate-600">{t("common.forbiddenBody")}</p>
      <ButtonLink href="/admin/articles" variant="secondary" className="mt-6">
        {t("common.backToNewsroom")}
      </ButtonLink>
    </div>
  );
}
