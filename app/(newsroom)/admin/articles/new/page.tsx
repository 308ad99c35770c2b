import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { listAuthorCandidates, listCategories } from "@/lib/articles/queries";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { createTranslator } from "@/lib/i18n/translator";
import { ArticleEditor } from "@/components/articles/article-editor";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("articles.editor.newTitle") };
}

export default async function NewArticlePage() {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/articles/new"));
  if (!can(actor, "article.create")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const [categories, authorOptions] = await Promise.all([listCategories({ actor, locale }), listAuthorCandidates({ actor })]);
  // A new story is written in the newsroom's own language by default; the panel lets the writer change it.
  return <ArticleEditor mode="create" locale={locale} categories={categories} authorOptions={authorOptions} />;
}
