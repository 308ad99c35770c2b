import type { PublicStory } from "./public-queries";

/** The story fields search engines and social networks read, with the newsroom's fallbacks applied. */
export type StorySharing = { title: string; description: string; imageUrl: string | null };

export function storySharing(story: Pick<PublicStory, "title" | "sapo" | "seoTitle" | "metaDescription" | "socialImageUrl" | "coverImageUrl">, fallbackDescription: string): StorySharing {
  return {
    title: story.seoTitle || story.title,
    description: story.metaDescription || story.sapo || fallbackDescription,
    imageUrl: story.socialImageUrl || story.coverImageUrl,
  };
}

/** schema.org NewsArticle for one published story. */
export function newsArticleJsonLd({
  story,
  url,
  locale,
  publisherName,
  imageUrl,
}: {
  story: Pick<PublicStory, "title" | "sapo" | "publishedAt" | "authorNames" | "byline" | "tagNames" | "category">;
  url: string;
  locale: string;
  publisherName: string;
  imageUrl: string | null;
}) {
  const authors = story.authorNames.length ? story.authorNames : story.byline ? [story.byline] : [];
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: story.title.slice(0, 110),
    ...(story.sapo ? { description: story.sapo } : {}),
    datePublished: story.publishedAt,
    inLanguage: locale,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    ...(imageUrl ? { image: [imageUrl] } : {}),
    author: authors.map((name) => ({ "@type": "Person", name })),
    publisher: { "@type": "Organization", name: publisherName },
    ...(story.category ? { articleSection: story.category.name } : {}),
    ...(story.tagNames.length ? { keywords: story.tagNames.join(", ") } : {}),
    isAccessibleForFree: true,
  };
}

/**
 * JSON for a <script type="application/ld+json"> element. Story text is
 * written by people: a title containing "</script><script>…" would otherwise
 * close the element and run in readers' browsers, so every character that can
 * end the element or a line in a script is escaped (JSON stays equivalent).
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
