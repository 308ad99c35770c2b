import type { ArticleEditorData } from "@/lib/articles/queries";
import { EMPTY_DOC, type RichTextDoc } from "@/lib/articles/rich-text";
import type { Locale } from "@/lib/i18n/locales";

/** The editor's form state: what the person is typing, as the inputs hold it. */
export type ArticleDraft = {
  locale: Locale;
  title: string;
  slug: string;
  sapo: string;
  body: RichTextDoc;
  categoryId: string;
  tags: string;
  authorIds: string[];
  byline: string;
  sourceLine: string;
  coverImageUrl: string;
  seoTitle: string;
  metaDescription: string;
  socialImageUrl: string;
  canonicalUrl: string;
};

export function draftFromArticle(article: ArticleEditorData): ArticleDraft {
  return {
    locale: article.locale,
    title: article.title,
    slug: article.slug,
    sapo: article.sapo,
    body: article.body,
    categoryId: article.categoryId ?? "",
    tags: article.tags.join(", "),
    authorIds: article.authors.map((author) => author.id),
    byline: article.byline,
    sourceLine: article.sourceLine,
    coverImageUrl: article.coverImageUrl ?? "",
    seoTitle: article.seoTitle,
    metaDescription: article.metaDescription,
    socialImageUrl: article.socialImageUrl ?? "",
    canonicalUrl: article.canonicalUrl ?? "",
  };
}

export function emptyDraft(locale: Locale): ArticleDraft {
  return {
    locale,
    title: "",
    slug: "",
    sapo: "",
    body: EMPTY_DOC,
    categoryId: "",
    tags: "",
    authorIds: [],
    byline: "",
    sourceLine: "",
    coverImageUrl: "",
    seoTitle: "",
    metaDescription: "",
    socialImageUrl: "",
    canonicalUrl: "",
  };
}

/**
 * ProseMirror keeps node and mark attributes in prototype-less objects, which
 * React's server-action encoding does not pass as plain data; a JSON round trip
 * turns the document into the plain JSON the server validates.
 */
function plainDocument(doc: RichTextDoc): RichTextDoc {
  return JSON.parse(JSON.stringify(doc)) as RichTextDoc;
}

/** The writable fields as the server's schemas take them (status, owner and dates are never sent). */
export function contentPayload(draft: ArticleDraft) {
  return {
    title: draft.title,
    slug: draft.slug,
    sapo: draft.sapo,
    body: plainDocument(draft.body),
    categoryId: draft.categoryId,
    tags: draft.tags
      .split(",")
      .map((tag) => tag.trim())
      .filter(Boolean),
    authorIds: draft.authorIds,
    byline: draft.byline,
    sourceLine: draft.sourceLine,
    coverImageUrl: draft.coverImageUrl.trim(),
    seoTitle: draft.seoTitle,
    metaDescription: draft.metaDescription,
    socialImageUrl: draft.socialImageUrl.trim(),
    canonicalUrl: draft.canonicalUrl.trim(),
  };
}
