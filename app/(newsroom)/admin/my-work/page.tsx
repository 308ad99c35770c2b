import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { getMyWork } from "@/lib/collaboration/my-work";
import { createTranslator } from "@/lib/i18n/translator";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { MyWorkArticleRow, MyWorkCommentRow, MyWorkSection } from "@/components/my-work/my-work-section";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("collaboration.myWork.title") };
}

export default async function MyWorkPage() {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/my-work"));
  if (!can(actor, "article.read")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const work = await getMyWork({ actor });

  return (
    <>
      <PageHeader title={t("collaboration.myWork.title")} />
      <div className="grid gap-4 lg:grid-cols-2">
        <MyWorkSection id="my-work-assigned" title={t("collaboration.myWork.assigned")} empty={t("collaboration.myWork.assignedEmpty")} list={work.assigned} t={t}>
          {(article) => <MyWorkArticleRow article={article} locale={locale} t={t} />}
        </MyWorkSection>
        {work.sentBack && (
          <MyWorkSection
            id="my-work-sent-back"
            title={t("collaboration.myWork.sentBack")}
            empty={t("collaboration.myWork.sentBackEmpty")}
            list={work.sentBack}
            seeAllHref={`/admin/articles?status=CHANGES_REQUESTED&authorId=${actor.id}`}
            t={t}
          >
            {(article) => <MyWorkArticleRow article={article} locale={locale} t={t} />}
          </MyWorkSection>
        )}
        {work.toReview && (
          <MyWorkSection
            id="my-work-to-review"
            title={t("collaboration.myWork.toReview")}
            empty={t("collaboration.myWork.toReviewEmpty")}
            list={work.toReview}
            seeAllHref="/admin/articles?status=IN_REVIEW&sort=updated-asc"
            t={t}
          >
            {(article) => <MyWorkArticleRow article={article} locale={locale} t={t} />}
          </MyWorkSection>
        )}
        {work.toPublish && (
          <MyWorkSection
            id="my-work-to-publish"
            title={t("collaboration.myWork.toPublish")}
            empty={t("collaboration.myWork.toPublishEmpty")}
            list={work.toPublish}
            seeAllHref="/admin/articles?status=APPROVED&sort=updated-asc"
            t={t}
          >
            {(article) => <MyWorkArticleRow article={article} locale={locale} t={t} />}
          </MyWorkSection>
        )}
        <MyWorkSection
          id="my-work-comments"
          title={t("collaboration.myWork.openComments")}
          empty={t("collaboration.myWork.openCommentsEmpty")}
          list={work.openComments}
          t={t}
        >
          {(comment) => <MyWorkCommentRow comment={comment} locale={locale} t={t} />}
        </MyWorkSection>
      </div>
    </>
  );
}
