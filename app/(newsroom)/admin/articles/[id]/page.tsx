import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { getArticleAutosave } from "@/lib/articles/autosave";
import { getArticleForEditor, listAuthorCandidates, listCategories, type PersonOption } from "@/lib/articles/queries";
import { listArticleRevisions } from "@/lib/articles/revisions";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { getAssignmentPanelData } from "@/lib/collaboration/assignments";
import { listArticleComments } from "@/lib/collaboration/comments";
import { listOtherEditors } from "@/lib/collaboration/edit-sessions";
import { formatDateTime } from "@/lib/i18n/format";
import { createTranslator } from "@/lib/i18n/translator";
import { ArticleEditor } from "@/components/articles/article-editor";
import { ArticleTimeline } from "@/components/articles/article-timeline";
import { AssignmentPanel } from "@/components/articles/assignment-panel";
import { CommentsPanel } from "@/components/articles/comments-panel";
import { PresenceNotice } from "@/components/articles/presence-notice";
import { RevisionsPanel } from "@/components/articles/revisions-panel";
import { TranslationsPanel } from "@/components/articles/translations-panel";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { pageErrorFor } from "../../page-errors";

type Params = Promise<{ id: string }>;

/** The latest revisions the side panel lists; the revisions page has them all. */
const REVISIONS_SHOWN = 8;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  if (!actor || !can(actor, "article.read")) return { title: t("articles.editor.editTitle") };
  const { id } = await params;
  const article = await getArticleForEditor({ actor, articleId: id }).catch(() => null);
  return { title: article?.title || t("articles.editor.editTitle") };
}

/** People the authors picker offers: everyone who can write, plus whoever is already credited. */
function withCurrentAuthors(candidates: PersonOption[], current: PersonOption[]): PersonOption[] {
  const known = new Set(candidates.map((person) => person.id));
  return [...candidates, ...current.filter((person) => !known.has(person.id))];
}

export default async function ArticleEditorPage({ params }: { params: Params }) {
  const { id } = await params;
  const path = `/admin/articles/${id}`;
  const actor = await currentActor();
  if (!actor) redirect(signInPath(path));
  if (!can(actor, "article.read")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const [article, categories, candidates, revisions, autosave] = await Promise.all([
    getArticleForEditor({ actor, articleId: id }).catch(pageErrorFor(path)),
    listCategories({ actor, locale }),
    listAuthorCandidates({ actor }),
    listArticleRevisions({ actor, articleId: id, limit: REVISIONS_SHOWN }).catch(pageErrorFor(path)),
    getArticleAutosave({ actor, articleId: id }).catch(pageErrorFor(path)),
  ]);
  const [assignment, comments, otherEditors] = await Promise.all([
    getAssignmentPanelData({ actor, articleId: article.id }),
    can(actor, "article.comment") ? listArticleComments({ actor, articleId: article.id }) : null,
    listOtherEditors({ actor, articleId: article.id }),
  ]);

  return (
    <ArticleEditor
      // A new article id (e.g. after opening a translation) starts a fresh editor.
      key={article.id}
      mode="edit"
      article={article}
      categories={categories}
      authorOptions={withCurrentAuthors(candidates, article.authors)}
      updatedLabel={t("articles.editor.lastUpdated", { date: formatDateTime(locale, article.updatedAt) })}
      autosave={article.canEdit ? autosave : null}
      notice={<PresenceNotice articleId={article.id} canEdit={article.canEdit} others={otherEditors} />}
      aside={
        <>
          <AssignmentPanel articleId={article.id} {...assignment} />
          {comments && <CommentsPanel articleId={article.id} threads={comments} />}
          <TranslationsPanel articleId={article.id} translations={article.translations} missingLocales={article.missingLocales} />
          <RevisionsPanel articleId={article.id} revisions={revisions.items} hasMore={revisions.nextBefore !== null} locale={locale} t={t} />
          <ArticleTimeline entries={article.timeline} locale={locale} t={t} />
        </>
      }
    />
  );
}
