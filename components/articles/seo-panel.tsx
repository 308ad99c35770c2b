"use client";

import { useT } from "@/components/i18n/i18n-provider";
import { TextAreaField, TextField } from "@/components/ui/field";
import type { ArticleDraft } from "./article-draft";

/** What search engines usually show; longer text is allowed but cut off there. */
const VISIBLE_TITLE = 60;
const VISIBLE_DESCRIPTION = 160;

type SeoPanelProps = {
  draft: ArticleDraft;
  onChange: <K extends keyof ArticleDraft>(key: K, value: ArticleDraft[K]) => void;
  errors: Record<string, string[]>;
  disabled: boolean;
};

function LengthNote({ count, max }: { count: number; max: number }) {
  const t = useT();
  const over = count > max;
  return (
    <p className={over ? "text-xs font-medium text-amber-800" : "text-xs text-slate-600"} aria-live="polite">
      {t(over ? "articles.seo.tooLongForSearch" : "articles.seo.characters", { count, max })}
    </p>
  );
}

/**
 * How the story appears in search results and when shared. Every field is
 * optional: the reader site falls back to the title, lead, cover and the
 * story's own address, and the preview shows what will actually be used.
 */
export function SeoPanel({ draft, onChange, errors, disabled }: SeoPanelProps) {
  const t = useT();
  const shownTitle = draft.seoTitle.trim() || draft.title.trim();
  const shownDescription = draft.metaDescription.trim() || draft.sapo.trim();
  return (
    <section aria-labelledby="seo-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div>
        <h2 id="seo-heading" className="text-sm font-semibold text-slate-900">
          {t("articles.seo.title")}
        </h2>
        <p className="mt-0.5 text-xs text-slate-600">{t("articles.seo.intro")}</p>
      </div>
      <div className="space-y-1">
        <TextField
          name="seoTitle"
          label={t("articles.seo.seoTitle")}
          hint={t("articles.seo.seoTitleHint", { max: VISIBLE_TITLE })}
          value={draft.seoTitle}
          onChange={(event) => onChange("seoTitle", event.target.value)}
          error={errors.seoTitle}
          disabled={disabled}
          maxLength={90}
          placeholder={draft.title}
        />
        <LengthNote count={shownTitle.length} max={VISIBLE_TITLE} />
      </div>
      <div className="space-y-1">
        <TextAreaField
          name="metaDescription"
          label={t("articles.seo.metaDescription")}
          hint={t("articles.seo.metaDescriptionHint", { max: VISIBLE_DESCRIPTION })}
          value={draft.metaDescription}
          onChange={(event) => onChange("metaDescription", event.target.value)}
          error={errors.metaDescription}
          disabled={disabled}
          rows={3}
          maxLength={300}
          placeholder={draft.sapo}
        />
        <LengthNote count={shownDescription.length} max={VISIBLE_DESCRIPTION} />
      </div>
      <TextField
        name="socialImageUrl"
        type="url"
        label={t("articles.seo.socialImageUrl")}
        hint={t("articles.seo.socialImageHint")}
        value={draft.socialImageUrl}
        onChange={(event) => onChange("socialImageUrl", event.target.value)}
        error={errors.socialImageUrl}
        disabled={disabled}
        placeholder={draft.coverImageUrl || "https://"}
      />
      <TextField
        name="canonicalUrl"
        type="url"
        label={t("articles.seo.canonicalUrl")}
        hint={t("articles.seo.canonicalHint")}
        value={draft.canonicalUrl}
        onChange={(event) => onChange("canonicalUrl", event.target.value)}
        error={errors.canonicalUrl}
        disabled={disabled}
        placeholder="https://"
      />
      {shownTitle && (
        <figure className="rounded-md border border-slate-200 bg-slate-50 p-3">
          <figcaption className="mb-1 text-xs font-medium text-slate-600">{t("articles.seo.preview")}</figcaption>
          <p className="truncate text-base text-blue-800" lang={draft.locale}>
            {shownTitle.length > VISIBLE_TITLE ? `${shownTitle.slice(0, VISIBLE_TITLE)}…` : shownTitle}
          </p>
          {shownDescription && (
            <p className="line-clamp-2 text-sm text-slate-700" lang={draft.locale}>
              {shownDescription.length > VISIBLE_DESCRIPTION ? `${shownDescription.slice(0, VISIBLE_DESCRIPTION)}…` : shownDescription}
            </p>
          )}
        </figure>
      )}
    </section>
  );
}
