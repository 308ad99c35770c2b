/**
 * Drives each demo story through the real domain functions, as the people who
 * would do it: the writer drafts and submits, the editor reviews (with a note
 * when asking for changes), the chief editor publishes. The history rows,
 * versions and reader snapshots are therefore the ones the app itself writes,
 * and a seed step the workflow forbids fails the seed instead of faking data.
 */
import { createArticle, transitionArticle, updateArticle, type ArticleChange } from "@/lib/articles/mutations";
import type { RichTextDoc } from "@/lib/articles/rich-text";
import { createArticleSchema, transitionArticleSchema, updateArticleSchema } from "@/lib/articles/schemas";
import type { Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import type { CategoryKey } from "./categories";
import type { DemoUserKey } from "./demo-users";

/** What a person writes in one locale. The cover image stays empty until uploads exist. */
export type StoryContent = {
  title: string;
  sapo: string;
  body: RichTextDoc;
  tags: string[];
  byline: string;
  sourceLine: string;
};

type TransitionStep = { to: ArticleStatus; by?: DemoUserKey; note?: string };
type EditStep = { by: DemoUserKey; edit: (content: StoryContent) => StoryContent };
export type SeedStep = TransitionStep | EditStep;

export type SeedTranslation = StoryContent & {
  /** Who drafts this locale; the story's author when unset. */
  author?: DemoUserKey;
  /** What happens to the article after it is drafted, in order. */
  steps: SeedStep[];
};

/** One story: a Vietnamese original and its English version in the same translation group. */
export type SeedStory = { category: CategoryKey; author: DemoUserKey; vi: SeedTranslation; en: SeedTranslation };

export const submit = (by?: DemoUserKey): SeedStep => ({ to: "IN_REVIEW", by });
export const requestChanges = (note: string): SeedStep => ({ to: "CHANGES_REQUESTED", note });
export const approve = (): SeedStep => ({ to: "APPROVED" });
export const publish = (): SeedStep => ({ to: "PUBLISHED" });
export const unpublish = (note: string): SeedStep => ({ to: "UNPUBLISHED", note });
export const archive = (by: DemoUserKey, note?: string): SeedStep => ({ to: "ARCHIVED", by, note });
export const revise = (by: DemoUserKey, edit: EditStep["edit"]): SeedStep => ({ by, edit });

/** Submitted by its author, approved by the editor, published by the chief editor. */
export const PUBLISH: SeedStep[] = [submit(), approve(), publish()];

/** Who takes a transition when the story does not say: the desk that owns that decision. */
const DESK: Partial<Record<ArticleStatus, DemoUserKey>> = {
  CHANGES_REQUESTED: "editor",
  APPROVED: "editor",
  PUBLISHED: "chief",
  UNPUBLISHED: "chief",
};

type Context = { people: Record<DemoUserKey, Actor>; categoryIds: Record<CategoryKey, string> };

async function seedTranslation(
  story: SeedStory,
  locale: Locale,
  translationGroupId: string | undefined,
  { people, categoryIds }: Context,
): Promise<ArticleChange> {
  const { author = story.author, steps, ...written } = story[locale];
  const categoryId = categoryIds[story.category];
  let content: StoryContent = written;
  let article = await createArticle({
    actor: people[author],
    input: createArticleSchema.parse({ locale, translationGroupId, categoryId, ...content }),
  });
  for (const step of steps) {
    if ("edit" in step) {
      content = step.edit(content);
      article = await updateArticle({
        actor: people[step.by],
        input: updateArticleSchema.parse({ articleId: article.id, version: article.version, categoryId, ...content }),
      });
    } else {
      article = await transitionArticle({
        actor: people[step.by ?? DESK[step.to] ?? author],
        input: transitionArticleSchema.parse({ articleId: article.id, version: article.version, to: step.to, note: step.note }),
      });
    }
  }
  return article;
}

/** The Vietnamese original first, then the English version joins its translation group. */
export async function seedStory(story: SeedStory, context: Context): Promise<void> {
  const original = await seedTranslation(story, "vi", undefined, context);
  const { translationGroupId } = await db.article.findUniqueOrThrow({ where: { id: original.id }, select: { translationGroupId: true } });
  await seedTranslation(story, "en", translationGroupId, context);
}
