import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RichText } from "@/components/articles/rich-text";
import { cachedPublishedStory, cachedPublishedTranslations, cachedRelatedStories, cachedStoryImages } from "@/lib/articles/public-cache";
import { articlePath, categoryPath } from "@/lib/articles/public-paths";
import type { PublicStory } from "@/lib/articles/public-queries";
import { mediaReferences, relatedTranslationGroupIds } from "@/lib/articles/rich-text";
import { newsArticleJsonLd, serializeJsonLd, storySharing } from "@/lib/articles/structured-data";
import { publicSiteUrl } from "@/lib/site-url";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import { CoverImage, isSafeImageSrc } from "./cover-image";
import { languageLinks } from "./language-links";
import { SiteMain } from "./site-main";
import { StoryDate } from "./story-date";

const safeImage = (src: string | null) => (isSafeImageSrc(src) ? src : null);

/** The story's own address, unless the newsroom named another page as the original. */
function canonicalUrlOf(story: PublicStory, locale: Locale): string {
  return story.canonicalUrl || new URL(articlePath(locale, story.slug), publicSiteUrl()).toString();
}

export async function storyMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const story = await cachedPublishedStory(locale, slug);
  const t = createTranslator(locale);
  if (!story) return { title: t("site.notFoundTitle") };
  const sharing = storySharing(story, t("site.description"));
  const translations = await cachedPublishedTranslations(locale, story.translationGroupId);
  const image = isSafeImageSrc(sharing.imageUrl) ? [{ url: sharing.imageUrl, alt: story.title }] : undefined;
  return {
    title: sharing.title,
    description: sharing.description,
    authors: story.authorNames.map((name) => ({ name })),
    keywords: story.tagNames,
    alternates: {
      canonical: canonicalUrlOf(story, locale),
      languages: Object.fromEntries(translations.map((entry) => [entry.locale, articlePath(entry.locale, entry.slug)])),
    },
    openGraph: {
      type: "article",
      url: canonicalUrlOf(story, locale),
      title: sharing.title,
      description: sharing.description,
      siteName: t("common.siteName"),
      locale,
      publishedTime: story.publishedAt,
      authors: story.authorNames,
      section: story.category?.name,
      tags: story.tagNames,
      images: image,
    },
    twitter: { card: image ? "summary_large_image" : "summary", title: sharing.title, description: sharing.description, images: image },
  };
}

/** One published story: what its snapshot holds, nothing of the newsroom's working copy. */
export async function StoryPage({ locale, slug }: { locale: Locale; slug: string }) {
  const story = await cachedPublishedStory(locale, slug);
  if (!story) notFound();
  const translations = await cachedPublishedTranslations(locale, story.translationGroupId);
  const t = createTranslator(locale);
  const byline = story.byline || story.authorNames.join(", ");
  const languages = languageLinks(locale, (other) => {
    const translation = translations.find((entry) => entry.locale === other);
    return translation ? articlePath(other, translation.slug) : null;
  });

  return (
    <SiteMain locale={locale} languages={languages} currentCategorySlug={story.category?.slug}>
      <script
        type="application/ld+json"
        // Serialized data, not markup: serializeJsonLd escapes what could end the element.
        dangerouslySetInnerHTML={{
          __html: serializeJsonLd(
            newsArticleJsonLd({
              story,
              url: canonicalUrlOf(story, locale),
              locale,
              publisherName: t("common.siteName"),
              imageUrl: safeImage(storySharing(story, "").imageUrl),
            }),
          ),
        }}
      />
      <article className="mx-auto max-w-3xl">
        <header className="flex flex-col gap-4">
          {story.category && (
            <a href={categoryPath(locale, story.category.slug)} className="kicker self-start">
              {story.category.name}
            </a>
          )}
          <h1 className="text-3xl leading-tight font-bold tracking-tight text-slate-950 sm:text-4xl">{story.title}</h1>
          {story.sapo && <p className="sapo">{story.sapo}</p>}
          <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-y border-slate-200 py-3 text-sm text-slate-700">
            {byline && (
              <p>
                <span className="sr-only">{t("site.byline")}: </span>
                <span className="font-semibold text-slate-900">{byline}</span>
              </p>
            )}
            {byline && <span aria-hidden="true">·</span>}
            <p>
              <span className="sr-only">{t("site.publishedOn")} </span>
              <StoryDate locale={locale} date={story.publishedAt} />
            </p>
          </div>
        </header>
        {story.coverImageUrl && (
          <figure className="mt-8">
            <CoverImage src={story.coverImageUrl} alt={story.title} eager />
          </figure>
        )}
        <div className="article-body mt-8">
          <StoryBody locale={locale} body={story.body} />
        </div>
        {(story.sourceLine || story.tagNames.length > 0) && (
          <footer className="mt-10 flex flex-col gap-4 border-t border-slate-200 pt-6 text-sm text-slate-700">
            {story.sourceLine && <p className="italic">{t("site.source", { source: story.sourceLine })}</p>}
            {story.tagNames.length > 0 && (
              <div className="flex flex-wrap items-center gap-2">
                <h2 className="font-semibold text-slate-900">{t("site.tags")}:</h2>
                <ul className="flex flex-wrap gap-2">
                  {story.tagNames.map((tag) => (
                    <li key={tag} className="rounded-full border border-slate-300 px-3 py-0.5">
                      {tag}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </footer>
        )}
      </article>
    </SiteMain>
  );
}

/** The body, with its related-news blocks resolved to this locale's published stories and its figures to the library's images. */
async function StoryBody({ locale, body }: { locale: Locale; body: unknown }) {
  const [related, images] = await Promise.all([cachedRelatedStories(locale, relatedTranslationGroupIds(body)), cachedStoryImages(mediaReferences(body))]);
  return (
    <RichText
      doc={body}
      locale={locale}
      related={related.map((story) => ({ ...story, href: articlePath(locale, story.slug) }))}
      images={images}
    />
  );
}
