import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, redirect } from "next/navigation";
import { getArticleForEditor } from "@/lib/articles/queries";
import { diffRevisions, listArticleRevisions, type RevisionSummary } from "@/lib/articles/revisions";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { formatDateTime } from "@/lib/i18n/format";
import { createTranslator } from "@/lib/i18n/translator";
import { RevisionDiffView } from "@/components/articles/revision-diff-view";
import { revisionKindLabel } from "@/components/articles/revisions-panel";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { PageHeader } from "@/components/ui/page-header";
import { pageErrorFor } from "../../../page-errors";
import { RestoreRevisionButton } from "./restore-revision-button";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** How many revisions the selectors offer (newest first); older ones are reachable by their number in the address. */
const SELECTOR_SIZE = 200;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  if (!actor || !can(actor, "article.read")) return { title: t("revisions.page.heading") };
  const { id } = await params;
  const article = await getArticleForEditor({ actor, articleId: id }).catch(() => null);
  return { title: article ? t("revisions.page.title", { title: article.title }) : t("revisions.page.heading") };
}

function revisionNumber(value: string | string[] | undefined): number | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  return raw && /^\d{1,9}$/.test(raw) && Number(raw) > 0 ? Number(raw) : undefined;
}

export default async function ArticleRevisionsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const path = `/admin/articles/${id}/revisions`;
  const actor = await currentActor();
  if (!actor) redirect(signInPath(path));
  if (!can(actor, "article.read")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const query = await searchParams;
  const [article, page] = await Promise.all([
    getArticleForEditor({ actor, articleId: id }).catch(pageErrorFor(path)),
    listArticleRevisions({ actor, articleId: id, limit: SELECTOR_SIZE }).catch(pageErrorFor(path)),
  ]);
  const latest = page.items[0];
  const to = revisionNumber(query.to) ?? latest?.number;
  const from = revisionNumber(query.from) ?? (to && to > 1 ? to - 1 : undefined);
  const comparison = from && to ? await diffRevisions({ actor, articleId: id, from, to, locale }).catch(pageErrorFor(path)) : null;

  const known = new Map(page.items.map((revision) => [revision.number, revision]));
  if (comparison) for (const revision of [comparison.from, comparison.to]) known.set(revision.number, revision);
  const options = [...known.values()]
    .sort((a, b) => b.number - a.number)
    .map((revision) => ({ value: String(revision.number), label: optionLabel(revision) }));

  function optionLabel(revision: RevisionSummary): string {
    return t("revisions.page.option", {
      number: revision.number,
      kind: revisionKindLabel(t, revision),
      author: revision.authorName ?? t("revisions.unknownAuthor"),
      date: formatDateTime(locale, revision.createdAt),
    });
  }

  const restorable = comparison ? [comparison.from, comparison.to].filter((revision, index, all) => revision.number !== latest?.number && all.findIndex((r) => r.number === revision.number) === index) : [];

  return (
    <>
      <PageHeader
        title={t("revisions.page.heading")}
        description={article.title}
        actions={
          <Link href={`/admin/articles/${article.id}`} className="text-sm font-medium text-blue-800 underline hover:text-blue-950">
            {t("revisions.page.back")}
          </Link>
        }
      />

      {options.length < 2 ? (
        <Alert tone="info">{t("revisions.page.onlyOne")}</Alert>
      ) : (
        <form method="get" className="mb-6 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4">
          <SelectField name="from" label={t("revisions.page.from")} options={options} defaultValue={from ? String(from) : undefined} className="min-w-64" />
          <SelectField name="to" label={t("revisions.page.to")} options={options} defaultValue={to ? String(to) : undefined} className="min-w-64" />
          <Button type="submit" variant="secondary">
            {t("revisions.page.show")}
          </Button>
        </form>
      )}

      {comparison && (
        <div className="space-y-6">
          <p className="text-sm text-slate-700">
            {t("revisions.page.summary", {
              from: comparison.from.number,
              fromDate: formatDateTime(locale, comparison.from.createdAt),
              fromAuthor: comparison.from.authorName ?? t("revisions.unknownAuthor"),
              to: comparison.to.number,
              toDate: formatDateTime(locale, comparison.to.createdAt),
              toAuthor: comparison.to.authorName ?? t("revisions.unknownAuthor"),
            })}
          </p>
          {!comparison.diff.hasChanges && <Alert tone="info">{t("revisions.page.noChanges")}</Alert>}
          <RevisionDiffView diff={comparison.diff} t={t} />
          {article.canEdit && restorable.length > 0 && (
            <div className="flex flex-wrap gap-3 border-t border-slate-200 pt-4">
              {restorable.map((revision) => (
                <RestoreRevisionButton key={revision.number} articleId={article.id} revisionNumber={revision.number} version={article.version} />
              ))}
            </div>
          )}
        </div>
      )}
    </>
  );
}
