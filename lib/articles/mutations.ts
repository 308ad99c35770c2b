import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { db, type Tx } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { searchKey, slugify } from "@/lib/text/slug";
import { mediaForPublish } from "./publish-media";
import { CONTENT_COLUMNS, recordRevision, type RevisionOrigin } from "./revision-content";
import type { CreateArticleInput, TransitionArticleInput, UpdateArticleInput } from "./schemas";
import { ARTICLE_POLICY_SELECT, articlePolicyScope } from "./policy-scope";
import { ARTICLE_WORKFLOW, articleConditions, statusAfterEdit } from "./workflow";

/** What a caller needs after a change: enough to revalidate the reader site. */
export type ArticleChange = {
  id: string;
  locale: string;
  slug: string;
  status: ArticleStatus;
  version: number;
  /** Reader-site slugs whose pages changed (old and new). */
  publicSlugs: string[];
};

const SCOPE_SELECT = {
  ...ARTICLE_POLICY_SELECT,
  id: true,
  locale: true,
  slug: true,
  version: true,
  translationGroupId: true,
  published: { select: { slug: true } },
} as const;

/** Loads what the policy needs; a missing id is NOT_FOUND, a reader without newsroom access FORBIDDEN. */
async function getArticleScopeOrThrow({ actor, articleId }: { actor: Actor; articleId: string }) {
  if (!can(actor, "article.read")) throw forbidden();
  const article = await db.article.findUnique({ where: { id: articleId }, select: SCOPE_SELECT });
  if (!article) throw notFound();
  return { ...article, ...articlePolicyScope(article) };
}

function slugTaken(): AppError {
  return new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { slug: ["articles.slugTaken"] } });
}

/** Named by constraint: "slug" alone would also match the tags' (locale, slug) key. */
function isUniqueViolation(error: unknown, constraint: string): boolean {
  return (
    error instanceof Prisma.PrismaClientKnownRequestError &&
    error.code === "P2002" &&
    JSON.stringify(error.meta ?? {}).includes(constraint)
  );
}

/**
 * Runs a write that stores a slug. A slug derived from the title can be taken by
 * a concurrent save between the free-check and the insert; then it is derived
 * again. A slug the person typed stays theirs: taken is a field error.
 */
async function withSlugRetry<T>(requested: string | undefined, write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!isUniqueViolation(error, "article_locale_slug_key")) throw error;
      if (requested || attempt >= 3) throw slugTaken();
    }
  }
}

/**
 * A free slug for the locale: the requested one must be free; a derived one gets a numeric suffix.
 * A slug is also taken while another article's published snapshot still serves it to readers
 * (its revision may have moved on), or publishing this one would collide with that page.
 */
async function chooseSlug(tx: Tx, { requested, title, locale, articleId }: { requested?: string; title: string; locale: string; articleId?: string }) {
  const base = requested || slugify(title) || "bai-viet";
  const taken = async (slug: string) =>
    Boolean(
      (await tx.article.findFirst({ where: { locale, slug, NOT: articleId ? { id: articleId } : undefined }, select: { id: true } })) ??
        (await tx.publishedArticle.findFirst({ where: { locale, slug, NOT: articleId ? { articleId } : undefined }, select: { articleId: true } })),
    );
  if (!(await taken(base))) return base;
  if (requested) throw slugTaken();
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`;
    if (!(await taken(candidate))) return candidate;
  }
}

async function replaceTags(tx: Tx, { articleId, locale, tags }: { articleId: string; locale: string; tags: string[] }) {
  await tx.articleTag.deleteMany({ where: { articleId } });
  const unique = new Map(tags.map((name) => [slugify(name), name] as const).filter(([slug]) => slug));
  for (const [slug, name] of unique) {
    const tag = await tx.tag.upsert({ where: { locale_slug: { locale, slug } }, create: { locale, slug, name }, update: {} });
    await tx.articleTag.create({ data: { articleId, tagId: tag.id } });
  }
}

async function replaceAuthors(tx: Tx, { articleId, authorIds }: { articleId: string; authorIds: string[] }) {
  await tx.articleAuthor.deleteMany({ where: { articleId } });
  const unique = [...new Set(authorIds)];
  const existing = await tx.user.findMany({ where: { id: { in: unique } }, select: { id: true } });
  const known = new Set(existing.map((user) => user.id));
  const missing = unique.filter((id) => !known.has(id));
  if (missing.length) throw new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { authorIds: ["validation.invalid"] } });
  await tx.articleAuthor.createMany({ data: unique.map((userId, position) => ({ articleId, userId, position })) });
}

function contentData(input: Omit<CreateArticleInput, "locale" | "translationGroupId" | "slug" | "tags" | "authorIds">) {
  return {
    title: input.title,
    sapo: input.sapo,
    body: input.body as Prisma.InputJsonValue,
    categoryId: input.categoryId,
    byline: input.byline,
    sourceLine: input.sourceLine,
    coverImageUrl: input.coverImageUrl,
    seoTitle: input.seoTitle,
    metaDescription: input.metaDescription,
    socialImageUrl: input.socialImageUrl,
    canonicalUrl: input.canonicalUrl,
    searchText: searchKey(`${input.title} ${input.sapo}`),
  };
}

/** The writes of a create, inside the caller's transaction; `authorId` has been authorised by the caller. */
async function insertArticle(tx: Tx, authorId: string, input: CreateArticleInput): Promise<ArticleChange> {
  let translationGroupId = input.translationGroupId;
  if (translationGroupId) {
    const group = await tx.translationGroup.findUnique({
      where: { id: translationGroupId },
      select: { articles: { select: { locale: true } } },
    });
    if (!group) throw notFound();
    if (group.articles.some((article) => article.locale === input.locale)) {
      throw new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { locale: ["articles.translationExists"] } });
    }
  } else {
    translationGroupId = (await tx.translationGroup.create({ data: { createdById: authorId }, select: { id: true } })).id;
  }
  const slug = await chooseSlug(tx, { requested: input.slug, title: input.title, locale: input.locale });
  const article = await tx.article.create({
    data: { ...contentData(input), locale: input.locale, slug, translationGroupId, createdById: authorId },
    select: { id: true, locale: true, slug: true, status: true, version: true },
  });
  await replaceAuthors(tx, { articleId: article.id, authorIds: input.authorIds.length ? input.authorIds : [authorId] });
  await replaceTags(tx, { articleId: article.id, locale: input.locale, tags: input.tags });
  await recordRevision(tx, { articleId: article.id, authorId, origin: { kind: "CREATED" } });
  return { ...article, publicSlugs: [] };
}

export async function createArticle({ actor, input }: { actor: Actor; input: CreateArticleInput }): Promise<ArticleChange> {
  assertCan(actor, "article.create");
  return withSlugRetry(input.slug, () => db.$transaction((tx) => insertArticle(tx, actor.id, input)));
}

/**
 * A DRAFT article written exactly as createArticle writes one (translation
 * group, derived slug, authors, tags, first revision), but inside the caller's
 * transaction, for a domain whose own rule allows the draft where
 * "article.create" may not (a press officer turning a trip report into a
 * draft for the desk). The caller has authorised `authorId` and owns the
 * transaction, so its other writes and this article commit or roll back
 * together; a slug taken by a concurrent create aborts the transaction as a
 * unique violation on article_locale_slug_key, which the caller may retry.
 */
export function createDraftArticleInTransaction(tx: Tx, { authorId, input }: { authorId: string; input: CreateArticleInput }): Promise<ArticleChange> {
  return insertArticle(tx, authorId, input);
}

/**
 * Saves a person's edit over the exact version they loaded. A newer version in
 * the database means someone else saved meanwhile: CONFLICT, nothing written.
 * Integer versions, not timestamps: two saves in the same millisecond still collide.
 * Each save is kept as a revision (restoring one is a save too, recorded as such),
 * and consumes the saver's autosaved working copy.
 */
export async function updateArticle({
  actor,
  input,
  origin = { kind: "SAVED" },
}: {
  actor: Actor;
  input: UpdateArticleInput;
  origin?: RevisionOrigin;
}): Promise<ArticleChange> {
  const article = await getArticleScopeOrThrow({ actor, articleId: input.articleId });
  assertCan(actor, "article.edit", article);
  if (article.status === "ARCHIVED") throw new AppError("INVALID_TRANSITION", "articles.invalidTransition");
  const nextStatus = statusAfterEdit(article.status);
  return withSlugRetry(input.slug, () =>
    db.$transaction(async (tx) => {
      const slug = await chooseSlug(tx, { requested: input.slug, title: input.title, locale: article.locale, articleId: article.id });
      const { count } = await tx.article.updateMany({
        where: { id: article.id, version: input.version, status: article.status },
        data: { ...contentData(input), slug, status: nextStatus, version: { increment: 1 } },
      });
      if (count === 0) {
        const current = await tx.article.findUnique({ where: { id: article.id }, select: { version: true } });
        throw new AppError("CONFLICT", "articles.conflict", {
          params: { version: current?.version ?? input.version },
          details: { currentVersion: current?.version },
        });
      }
      if (nextStatus !== article.status) {
        await tx.articleTransition.create({
          data: { articleId: article.id, fromStatus: article.status, toStatus: nextStatus, actorId: actor.id },
        });
      }
      await replaceAuthors(tx, { articleId: article.id, authorIds: input.authorIds.length ? input.authorIds : [article.createdById] });
      await replaceTags(tx, { articleId: article.id, locale: article.locale, tags: input.tags });
      await recordRevision(tx, { articleId: article.id, authorId: actor.id, origin });
      await tx.articleAutosave.deleteMany({ where: { articleId: article.id, userId: actor.id } });
      return {
        id: article.id,
        locale: article.locale,
        slug,
        status: nextStatus,
        version: input.version + 1,
        publicSlugs: [],
      };
    }),
  );
}

/**
 * Copies the article as it is now into the reader-facing snapshot, with the
 * media it shows, after checking those can be published.
 */
async function publishSnapshot(tx: Tx, articleId: string, publishedAt: Date) {
  const article = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      translationGroupId: true,
      locale: true,
      // The snapshot holds exactly the content a revision does.
      ...CONTENT_COLUMNS,
      authors: { orderBy: { position: "asc" }, select: { user: { select: { name: true } } } },
      tags: { select: { tag: { select: { name: true } } } },
    },
  });
  const { authors, tags, ...content } = article;
  // Refuses (rolling the whole transition back) when an image cannot go to readers.
  const mediaIds = await mediaForPublish(tx, content.body);
  const snapshot = {
    ...content,
    body: content.body as Prisma.InputJsonValue,
    mediaIds,
    authorNames: authors.map((author) => author.user.name),
    tagNames: tags.map((entry) => entry.tag.name),
    publishedAt,
  };
  await tx.publishedArticle.upsert({ where: { articleId }, create: { articleId, ...snapshot }, update: snapshot });
}

/**
 * Moves an article along its workflow: looks up the edge, asks the policy,
 * then compare-and-sets the status and records who, when, from, to and why in
 * one transaction. Publishing replaces the reader-facing snapshot.
 */
export async function transitionArticle({ actor, input }: { actor: Actor; input: TransitionArticleInput }): Promise<ArticleChange> {
  const article = await getArticleScopeOrThrow({ actor, articleId: input.articleId });
  // First: someone who acted on an old screen (the loser of a race) learns that the story moved on.
  if (input.version !== article.version) {
    throw new AppError("CONFLICT", "articles.conflict", { params: { version: article.version }, details: { currentVersion: article.version } });
  }
  const rule = ARTICLE_WORKFLOW.rule(article.status, input.to, articleConditions(article));
  if (!rule) {
    const archivingLive = input.to === "ARCHIVED" && ARTICLE_WORKFLOW.rule(article.status, input.to) !== undefined;
    throw new AppError("INVALID_TRANSITION", archivingLive ? "articles.unpublishFirst" : "articles.invalidTransition");
  }
  assertCan(actor, rule.action, article);
  const note = input.note?.trim() || null;
  if (rule.requiresNote && !note) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { note: ["articles.noteRequired"] } });
  }

  const now = new Date();
  return db.$transaction(async (tx) => {
    const { count } = await tx.article.updateMany({
      where: { id: article.id, status: article.status, version: input.version },
      data: { status: input.to, version: { increment: 1 }, ...(input.to === "PUBLISHED" ? { publishedAt: now } : {}) },
    });
    if (count === 0) {
      const current = await tx.article.findUnique({ where: { id: article.id }, select: { version: true } });
      throw new AppError("CONFLICT", "articles.conflict", {
        params: { version: current?.version ?? input.version },
        details: { currentVersion: current?.version },
      });
    }
    await tx.articleTransition.create({
      data: { articleId: article.id, fromStatus: article.status, toStatus: input.to, note, actorId: actor.id },
    });
    if (input.to === "PUBLISHED") await publishSnapshot(tx, article.id, now);
    if (input.to === "UNPUBLISHED") await tx.publishedArticle.deleteMany({ where: { articleId: article.id } });
    const current = await tx.article.findUniqueOrThrow({ where: { id: article.id }, select: { slug: true } });
    const publicSlugs = [...new Set([article.published?.slug, input.to === "PUBLISHED" ? current.slug : undefined])].filter(
      (slug): slug is string => Boolean(slug),
    );
    return { id: article.id, locale: article.locale, slug: current.slug, status: input.to, version: input.version + 1, publicSlugs };
  });
}
