/**
 * The rows of the bench newsroom, generated in memory before they are sent in
 * bulk: people, and stories told in one or both languages over three years.
 * Bodies are not here: they are assembled in SQL from a bank of blocks, so
 * half a gigabyte of JSON never crosses the wire.
 */
import { randomUUID } from "node:crypto";
import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { searchKey, slugify } from "@/lib/text/slug";
import { pickPersonName, storyText, type Phrase } from "./corpus";
import { pick, pickWeighted, randomInt, type Random } from "./random";
import { BYLINES, SOURCE_LINES, TAGS } from "./taxonomy";

export type BenchUser = { id: string; name: string; email: string; roles: Role[] };

export type ArticleRow = {
  id: string;
  groupId: string;
  locale: Locale;
  status: ArticleStatus;
  title: string;
  slug: string;
  sapo: string;
  categoryId: string | null;
  byline: string;
  sourceLine: string;
  searchText: string;
  version: number;
  createdById: string;
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  /** Where this story's body starts in the block bank, and how many paragraphs it has. */
  bodySeed: number;
  paragraphs: number;
};

export type StoryRows = {
  groups: { id: string; createdById: string; createdAt: string }[];
  articles: ArticleRow[];
  authors: { articleId: string; userId: string; position: number }[];
  tags: { articleId: string; tagId: string }[];
};

const ROLE_MIX: [Role, number][] = [
  ["ADMIN", 2],
  ["CHIEF_EDITOR", 3],
  ["EDITOR", 10],
  ["WRITER", 33],
  ["PRESS_OFFICER", 2],
];

/** Fifty people; nobody signs in, so the hash is a placeholder no password matches. */
export function benchPeople(random: Random): BenchUser[] {
  const names = new Set<string>();
  while (names.size < 50) names.add(pickPersonName(random));
  const roles = ROLE_MIX.flatMap(([role, count]) => Array.from({ length: count }, () => role));
  return [...names].map((name, index) => ({
    id: randomUUID(),
    name,
    email: `bench-${String(index + 1).padStart(2, "0")}@newsroom.bench.invalid`,
    roles: [roles[index]],
  }));
}

const DAY_MS = 24 * 60 * 60 * 1000;
const SPAN_MS = 3 * 365 * DAY_MS;

/** Recent stories are still moving through the desk; old ones are published or archived. */
const RECENT_STATUS_MIX: [ArticleStatus, number][] = [
  ["PUBLISHED", 50], ["DRAFT", 18], ["IN_REVIEW", 12], ["CHANGES_REQUESTED", 6], ["APPROVED", 6], ["UNPUBLISHED", 2], ["ARCHIVED", 6],
];
const OLD_STATUS_MIX: [ArticleStatus, number][] = [
  ["PUBLISHED", 72], ["DRAFT", 8], ["IN_REVIEW", 4], ["CHANGES_REQUESTED", 2], ["APPROVED", 2], ["UNPUBLISHED", 3], ["ARCHIVED", 9],
];

/** Readable part of the slug, then the article's number: unique per locale, under SLUG_MAX_LENGTH. */
function slugFor(title: string, number: number): string {
  let base = slugify(title);
  if (base.length > 100) base = base.slice(0, 100).replace(/-[^-]*$/, "");
  return `${base}-${number.toString(36)}`;
}

export type StoryRowsInput = {
  count: number;
  random: Random;
  users: BenchUser[];
  /** Category ids with their share of stories. */
  categories: [string, number][];
  tagIds: Record<Locale, string[]>;
  blockBankSize: number;
  now: number;
};

/**
 * `count` articles in story order, oldest first (as a newsroom's table
 * grows): four stories in ten are told in both languages, the rest mostly in
 * Vietnamese only.
 */
export function storyRows({ count, random, users, categories, tagIds, blockBankSize, now }: StoryRowsInput): StoryRows {
  const writers = users.filter((user) => user.roles.includes("WRITER"));
  const editors = users.filter((user) => user.roles.includes("EDITOR") || user.roles.includes("CHIEF_EDITOR"));
  const rows: StoryRows = { groups: [], articles: [], authors: [], tags: [] };
  const start = now - SPAN_MS;

  while (rows.articles.length < count) {
    const position = rows.articles.length;
    const locales: Locale[] = position + 1 < count && random() < 0.4 ? ["vi", "en"] : [random() < 0.75 ? "vi" : "en"];
    const { title, sapo } = storyText(random);
    const created = start + (position / count) * SPAN_MS + random() * 6 * 60 * 60 * 1000;
    const groupOwner = random() < 0.8 ? pick(random, writers) : pick(random, editors);
    const groupId = randomUUID();
    rows.groups.push({ id: groupId, createdById: groupOwner.id, createdAt: new Date(created).toISOString() });
    const categoryId = random() < 0.03 ? null : pickWeighted(random, categories);
    const storyTags = [...new Set(Array.from({ length: randomInt(random, 0, 3) }, () => randomInt(random, 0, TAGS.length - 1)))];
    const byline = random() < 0.25 ? pick(random, BYLINES) : null;
    const sourceLine = random() < 0.3 ? pick(random, SOURCE_LINES) : null;
    const bodySeed = randomInt(random, 0, blockBankSize - 1);
    const paragraphs = randomInt(random, 6, 10);

    locales.forEach((locale, index) => {
      const number = rows.articles.length + 1;
      const side = (phrase: Phrase) => (locale === "vi" ? phrase[0] : phrase[1]);
      const createdAt = created + index * randomInt(random, 1, 48) * 60 * 60 * 1000;
      const age = now - createdAt;
      const status = pickWeighted(random, age < 60 * DAY_MS ? RECENT_STATUS_MIX : OLD_STATUS_MIX);
      const edited = random() < 0.5 ? random() * 3 * 60 * 60 * 1000 : random() * 20 * DAY_MS;
      const updatedAt = Math.min(now - 60_000, createdAt + edited);
      const wasPublished = status === "PUBLISHED" || status === "UNPUBLISHED" || (status === "ARCHIVED" && random() < 0.5);
      const author = index === 0 ? groupOwner : pick(random, writers);
      const id = randomUUID();
      rows.articles.push({
        id,
        groupId,
        locale,
        status,
        title: side(title),
        slug: slugFor(side(title), number),
        sapo: side(sapo),
        categoryId,
        byline: byline ? side(byline) : "",
        sourceLine: sourceLine ? side(sourceLine) : "",
        searchText: searchKey(`${side(title)} ${side(sapo)}`),
        version: wasPublished ? randomInt(random, 3, 9) : randomInt(random, 1, 4),
        createdById: author.id,
        createdAt: new Date(createdAt).toISOString(),
        updatedAt: new Date(updatedAt).toISOString(),
        publishedAt: wasPublished ? new Date(createdAt + (updatedAt - createdAt) * random()).toISOString() : null,
        bodySeed,
        paragraphs,
      });
      rows.authors.push({ articleId: id, userId: author.id, position: 0 });
      if (random() < 0.3) {
        const coAuthor = pick(random, writers);
        if (coAuthor.id !== author.id) rows.authors.push({ articleId: id, userId: coAuthor.id, position: 1 });
      }
      for (const tag of storyTags) rows.tags.push({ articleId: id, tagId: tagIds[locale][tag] });
    });
  }
  return rows;
}
