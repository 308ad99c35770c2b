"use client";

import { useRouter } from "next/navigation";
import { useCallback, useRef, useState, useTransition, type ReactNode } from "react";
import type { ActionState } from "@/lib/action";
import { createArticleAction, discardArticleAutosaveAction, transitionArticleAction, updateArticleAction } from "@/lib/articles/actions";
import type { AutosaveOffer as AutosaveOfferData } from "@/lib/articles/autosave";
import type { ArticleChange } from "@/lib/articles/mutations";
import { articlePath } from "@/lib/articles/public-paths";
import type { ArticleEditorData, CategoryOption, PersonOption } from "@/lib/articles/queries";
import type { RichTextDoc } from "@/lib/articles/rich-text";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { formatTime } from "@/lib/i18n/format";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { contentPayload, draftFromArticle, emptyDraft, type ArticleDraft } from "./article-draft";
import { ArticleMetadataPanel } from "./article-metadata-panel";
import { AutosaveOffer } from "./autosave-offer";
import { ConflictCompare } from "./conflict-compare";
import { RichTextEditor } from "./rich-text-editor";
import { SeoPanel } from "./seo-panel";
import { StatusBadge } from "./status-badge";
import { useAutosave, type AutosaveStatus } from "./use-autosave";
import { useLeaveWarning } from "./use-leave-warning";
import { WorkflowPanel } from "./workflow-panel";

type ArticleEditorProps = {
  categories: CategoryOption[];
  authorOptions: PersonOption[];
  /** Rendered at the foot of the side column (history, language versions). */
  aside?: ReactNode;
  /** Rendered at the top of the editor, under its title bar (e.g. who else is editing). */
  notice?: ReactNode;
  /** Preformatted on the server, e.g. "Updated 16 Sept 2023, 09:30". */
  updatedLabel?: string;
  /** The person's own autosaved copy, when it differs from the saved article. */
  autosave?: AutosaveOfferData | null;
} & ({ mode: "create"; locale: Locale; article?: undefined } | { mode: "edit"; article: ArticleEditorData; locale?: undefined });

type ArticleSaveResult = Pick<ArticleChange, "id" | "slug" | "status" | "version">;

type Feedback = { tone: "success" | "error" | "info"; message: string; conflict?: boolean } | null;

/**
 * The article editor. What the person typed lives only here and is never
 * replaced by data from the server: after a conflict the text stays on screen
 * and the person opens the latest version beside it.
 */
export function ArticleEditor(props: ArticleEditorProps) {
  const { mode, article, categories, authorOptions, aside, updatedLabel } = props;
  const t = useT();
  const router = useRouter();
  const [draft, setDraft] = useState<ArticleDraft>(() => (article ? draftFromArticle(article) : emptyDraft(props.locale ?? "vi")));
  const [version, setVersion] = useState(article?.version ?? 0);
  const [edits, setEdits] = useState(0);
  const [savedEdits, setSavedEdits] = useState(0);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [pending, startTransition] = useTransition();
  const focusBody = useRef<() => void>(() => undefined);
  const [autosaveOffer, setAutosaveOffer] = useState(props.autosave ?? null);
  // The body editor takes its content once; a new key remounts it with a restored draft.
  const [bodyKey, setBodyKey] = useState(0);

  const canEdit = mode === "create" || Boolean(article?.canEdit);
  const isDirty = edits !== savedEdits;
  useLeaveWarning(isDirty && canEdit);
  // Not while an older autosaved copy waits for a decision: the next autosave would overwrite it.
  const autosaveStatus = useAutosave({ articleId: article?.id, enabled: mode === "edit" && canEdit && isDirty && !autosaveOffer, draft, baseVersion: version });

  function restoreAutosave() {
    if (!article || !autosaveOffer) return;
    setDraft(draftFromArticle({ ...article, ...autosaveOffer.content }));
    // Resume from the version the copy was typed over: if someone saved since, the save is a CONFLICT with a diff.
    setVersion(autosaveOffer.baseVersion);
    setEdits((count) => count + 1);
    setBodyKey((key) => key + 1);
    setAutosaveOffer(null);
    setFeedback({ tone: "success", message: t("revisions.autosave.restored") });
  }

  function discardAutosave() {
    if (!article) return;
    startTransition(async () => {
      const state = await discardArticleAutosaveAction({ articleId: article.id });
      if (state.status === "ok") setAutosaveOffer(null);
      else if (state.status === "error") showFailure(state);
    });
  }

  /** After reading the conflict diff: the next save deliberately replaces the version just compared with. */
  function rebase(latestVersion: number) {
    setVersion(latestVersion);
    setFeedback({ tone: "info", message: t("revisions.conflict.rebased", { version: latestVersion }) });
  }

  const change = useCallback(<K extends keyof ArticleDraft>(key: K, value: ArticleDraft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setEdits((count) => count + 1);
  }, []);
  const changeBody = useCallback((body: RichTextDoc) => change("body", body), [change]);
  const bodyReady = useCallback((focus: () => void) => {
    focusBody.current = focus;
  }, []);

  function showFailure(state: Extract<ActionState, { status: "error" }>) {
    setFieldErrors(state.fieldErrors ?? {});
    setFeedback({ tone: "error", message: state.message, conflict: state.code === "CONFLICT" });
  }

  /** Saves the draft over the loaded version; resolves to the new version, or null when refused. */
  async function save(): Promise<ArticleSaveResult | null> {
    const editsAtSave = edits;
    const payload = contentPayload(draft);
    const state =
      mode === "create"
        ? await createArticleAction({ locale: draft.locale, ...payload })
        : await updateArticleAction({ articleId: article.id, version, ...payload });
    if (state.status !== "ok") {
      if (state.status === "error") showFailure(state);
      return null;
    }
    setSavedEdits(editsAtSave);
    setVersion(state.data.version);
    setFieldErrors({});
    setFeedback({ tone: "success", message: mode === "create" ? t("articles.editor.created") : t("articles.editor.saved") });
    if (mode === "create") router.replace(`/admin/articles/${state.data.id}`);
    return state.data;
  }

  function onSave() {
    startTransition(async () => {
      await save();
    });
  }

  function onTransition(to: ArticleStatus, note: string) {
    if (!article) return;
    startTransition(async () => {
      let currentVersion = version;
      if (isDirty && canEdit) {
        const saved = await save();
        if (!saved) return;
        // Saving approved or published text moves the article (back to review, or to a new draft):
        // the available steps changed, so let the person choose again.
        if (saved.status !== article.status) return;
        currentVersion = saved.version;
      }
      const state = await transitionArticleAction({ articleId: article.id, to, version: currentVersion, note });
      if (state.status === "ok") {
        setVersion(state.data.version);
        setFieldErrors({});
        setFeedback({ tone: "success", message: t("articles.workflow.done", { status: t(`articles.status.${to}`) }) });
      } else if (state.status === "error") {
        showFailure(state);
      }
    });
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (canEdit) onSave();
      }}
      aria-busy={pending || undefined}
    >
      <div className="sticky top-0 z-20 -mx-4 mb-4 border-b border-slate-200 bg-slate-50/95 px-4 py-2.5 backdrop-blur">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <h1 className="mr-auto text-lg font-semibold tracking-tight text-slate-900">
            {mode === "create" ? t("articles.editor.newTitle") : t("articles.editor.editTitle")}
          </h1>
          {article && <StatusBadge status={article.status} label={t(`articles.status.${article.status}`)} />}
          <Badge tone="neutral">{t(`common.languages.${draft.locale}`)}</Badge>
          {article && <span className="text-xs text-slate-600">{t("articles.editor.version", { version })}</span>}
          {updatedLabel && <span className="hidden text-xs text-slate-600 md:inline">{updatedLabel}</span>}
          {article?.publishedSlug && (
            <a
              href={articlePath(article.locale, article.publishedSlug)}
              target="_blank"
              rel="noopener"
              className="text-xs font-medium text-blue-800 underline hover:text-blue-950"
            >
              {t("articles.editor.viewPublic")}
              <span className="sr-only"> {t("common.openInNewTab")}</span>
            </a>
          )}
          {canEdit && (
            <>
              <span className="text-xs text-slate-600" aria-live="polite">
                {isDirty ? t("common.unsavedChanges") : mode === "edit" ? t("common.allChangesSaved") : ""}
              </span>
              {mode === "edit" && isDirty && <AutosaveNote status={autosaveStatus} />}
              <Button type="submit" variant="primary" busy={pending}>
                {pending ? t("common.saving") : t("common.save")}
              </Button>
            </>
          )}
        </div>
      </div>

      {props.notice}
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} className="mb-4">
        {feedback?.conflict && article && (
          <a
            href={`/admin/articles/${article.id}`}
            target="_blank"
            rel="noopener"
            className="mt-1 block font-medium text-blue-800 underline"
          >
            {t("articles.editor.openLatest")} <span className="sr-only">{t("common.openInNewTab")}</span>
          </a>
        )}
      </FormMessage>

      {feedback?.conflict && article && <ConflictCompare articleId={article.id} draft={draft} onRebase={rebase} />}
      {autosaveOffer && canEdit && <AutosaveOffer offer={autosaveOffer} onRestore={restoreAutosave} onDiscard={discardAutosave} pending={pending} />}

      {!canEdit && <p className="mb-4 rounded-md border border-slate-200 bg-white px-3 py-2 text-sm text-slate-700">{t("articles.editor.readOnly")}</p>}
      {article?.publishedSlug && article.status !== "PUBLISHED" && (
        <p className="mb-4 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-900">{t("articles.editor.publishedLive")}</p>
      )}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="space-y-4">
          <TextField
            name="title"
            label={t("articles.fields.title")}
            value={draft.title}
            onChange={(event) => change("title", event.target.value)}
            error={fieldErrors.title}
            disabled={!canEdit}
            required
            maxLength={300}
            className="[&_input]:text-lg [&_input]:font-semibold"
          />
          <TextAreaField
            name="sapo"
            label={t("articles.fields.sapo")}
            value={draft.sapo}
            onChange={(event) => change("sapo", event.target.value)}
            error={fieldErrors.sapo}
            disabled={!canEdit}
            rows={3}
            maxLength={1000}
          />
          <BodyField
            key={bodyKey}
            label={t("articles.fields.body")}
            error={fieldErrors.body}
            initialContent={draft.body}
            locale={draft.locale}
            editable={canEdit}
            onChange={changeBody}
            onReady={bodyReady}
            onLabelClick={() => focusBody.current()}
          />
        </div>

        <aside className="space-y-4" aria-label={t("articles.editor.metadata")}>
          {article && (
            <WorkflowPanel
              status={article.status}
              transitions={article.allowedTransitions}
              pending={pending}
              hasUnsavedChanges={isDirty && canEdit}
              noteError={fieldErrors.note}
              onTransition={onTransition}
            />
          )}
          <ArticleMetadataPanel
            mode={mode}
            draft={draft}
            onChange={change}
            errors={fieldErrors}
            disabled={!canEdit}
            categories={categories}
            authorOptions={authorOptions}
          />
          <SeoPanel draft={draft} onChange={change} errors={fieldErrors} disabled={!canEdit} />
          {aside}
        </aside>
      </div>
    </form>
  );
}

function BodyField({
  label,
  error,
  initialContent,
  locale,
  editable,
  onChange,
  onReady,
  onLabelClick,
}: {
  label: string;
  error?: string[];
  initialContent: RichTextDoc;
  locale: Locale;
  editable: boolean;
  onChange: (doc: RichTextDoc) => void;
  onReady: (focus: () => void) => void;
  onLabelClick: () => void;
}) {
  const errorId = error?.length ? "field-body-error" : undefined;
  return (
    <div className="space-y-1">
      {/* Names the editable region (aria-labelledby); a click moves focus into it, like a <label>. */}
      <span id="field-body-label" className="block text-sm font-medium text-slate-800" onClick={onLabelClick}>
        {label}
      </span>
      <RichTextEditor
        labelId="field-body-label"
        describedBy={errorId}
        invalid={Boolean(errorId)}
        initialContent={initialContent}
        locale={locale}
        editable={editable}
        onChange={onChange}
        onReady={onReady}
      />
      {errorId && (
        <p id={errorId} className="text-xs font-medium text-red-700">
          {error?.join(" ")}
        </p>
      )}
    </div>
  );
}

function AutosaveNote({ status }: { status: AutosaveStatus }) {
  const t = useT();
  const locale = useLocale();
  if (status.state === "idle") return null;
  return (
    <span className={status.state === "failed" ? "text-xs text-red-700" : "text-xs text-slate-600"} role="status">
      {status.state === "saving"
        ? t("revisions.autosave.saving")
        : status.state === "saved"
          ? t("revisions.autosave.saved", { time: formatTime(locale, status.savedAt) })
          : t("revisions.autosave.failed", { message: status.message })}
    </span>
  );
}
