"use client";

import type { CategoryOption, PersonOption } from "@/lib/articles/queries";
import { isLocale, LOCALES } from "@/lib/i18n/locales";
import { useT } from "@/components/i18n/i18n-provider";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import type { ArticleDraft } from "./article-draft";

type ArticleMetadataPanelProps = {
  mode: "create" | "edit";
  draft: ArticleDraft;
  onChange: <K extends keyof ArticleDraft>(key: K, value: ArticleDraft[K]) => void;
  errors: Record<string, string[]>;
  disabled: boolean;
  categories: CategoryOption[];
  authorOptions: PersonOption[];
};

/** Everything about the story except its text: address, category, tags, credits, cover. */
export function ArticleMetadataPanel({ mode, draft, onChange, errors, disabled, categories, authorOptions }: ArticleMetadataPanelProps) {
  const t = useT();
  return (
    <section aria-labelledby="metadata-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="metadata-heading" className="text-sm font-semibold text-slate-900">
        {t("articles.editor.metadata")}
      </h2>
      {mode === "create" ? (
        <SelectField
          name="locale"
          label={t("articles.fields.locale")}
          value={draft.locale}
          onChange={(event) => {
            if (isLocale(event.target.value)) onChange("locale", event.target.value);
          }}
          options={LOCALES.map((locale) => ({ value: locale, label: t(`common.languages.${locale}`) }))}
          error={errors.locale}
          disabled={disabled}
        />
      ) : (
        <p className="text-sm text-slate-700">
          <span className="font-medium text-slate-800">{t("articles.fields.locale")}: </span>
          <span lang={draft.locale}>{t(`common.languages.${draft.locale}`)}</span>
        </p>
      )}
      <TextField
        name="slug"
        label={t("articles.fields.slug")}
        hint={t("articles.fields.slugHint")}
        value={draft.slug}
        onChange={(event) => onChange("slug", event.target.value)}
        error={errors.slug}
        disabled={disabled}
        spellCheck={false}
        autoCapitalize="off"
        className="[&_input]:font-mono [&_input]:text-xs"
      />
      <SelectField
        name="categoryId"
        label={t("articles.fields.category")}
        value={draft.categoryId}
        onChange={(event) => onChange("categoryId", event.target.value)}
        options={[{ value: "", label: t("articles.fields.noCategory") }, ...categories.map((category) => ({ value: category.id, label: category.name }))]}
        error={errors.categoryId}
        disabled={disabled}
      />
      <TextField
        name="tags"
        label={t("articles.fields.tags")}
        hint={t("articles.fields.tagsHint")}
        value={draft.tags}
        onChange={(event) => onChange("tags", event.target.value)}
        error={errors.tags}
        disabled={disabled}
      />
      <div className="max-h-48 overflow-y-auto rounded-md border border-slate-200 px-3 py-2">
        <CheckboxGroup
          name="authorIds"
          legend={t("articles.fields.authors")}
          hint={t("articles.fields.authorsHint")}
          options={authorOptions.map((person) => ({ value: person.id, label: person.name }))}
          values={draft.authorIds}
          onChange={(values) => onChange("authorIds", values)}
          error={errors.authorIds}
          disabled={disabled}
        />
      </div>
      <TextField
        name="byline"
        label={t("articles.fields.byline")}
        value={draft.byline}
        onChange={(event) => onChange("byline", event.target.value)}
        error={errors.byline}
        disabled={disabled}
        maxLength={200}
      />
      <TextAreaField
        name="sourceLine"
        label={t("articles.fields.sourceLine")}
        value={draft.sourceLine}
        onChange={(event) => onChange("sourceLine", event.target.value)}
        error={errors.sourceLine}
        disabled={disabled}
        rows={2}
        maxLength={300}
        className="[&_textarea]:min-h-0"
      />
      <TextField
        name="coverImageUrl"
        type="url"
        label={t("articles.fields.coverImageUrl")}
        hint={t("articles.fields.coverImageHint")}
        value={draft.coverImageUrl}
        onChange={(event) => onChange("coverImageUrl", event.target.value)}
        error={errors.coverImageUrl}
        disabled={disabled}
        placeholder="https://"
      />
    </section>
  );
}
