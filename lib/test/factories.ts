/**
 * Test fixtures on the real database: users with real argon2 hashes, categories,
 * and articles either brought to a state through the real workflow or inserted
 * directly when the test is about something else.
 */
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { createArticle, transitionArticle, type ArticleChange } from "@/lib/articles/mutations";
import { docFromParagraphs } from "@/lib/articles/rich-text";
import { createArticleSchema } from "@/lib/articles/schemas";
import type { SessionActor } from "@/lib/auth/actor";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { searchKey, slugify } from "@/lib/text/slug";

export const TEST_PASSWORD = "correct horse battery staple";

let sequence = 0;
/** Unique within the run, readable in failure output. */
export function uniqueLabel(label: string): string {
  sequence += 1;
  return `${label}-${sequence}-${randomUUID().slice(0, 8)}`;
}

// argon2 is slow on purpose; one real hash per distinct password per file is enough.
const hashes = new Map<string, Promise<string>>();
function passwordHashFor(password: string): Promise<string> {
  let hashed = hashes.get(password);
  if (!hashed) {
    hashed = hashPassword(password);
    hashes.set(password, hashed);
  }
  return hashed;
}

export type TestUser = SessionActor & { password: string };

type UserOptions = { roles?: Role[]; password?: string; isActive?: boolean; email?: string; name?: string; preferredLocale?: Locale };

export const users = {
  async create({ roles = ["WRITER"], password = TEST_PASSWORD, isActive = true, email, name, preferredLocale = "vi" }: UserOptions = {}): Promise<TestUser> {
    const label = uniqueLabel(roles.join("-").toLowerCase() || "no-role");
    const user = await db.user.create({
      data: {
        email: (email ?? `${label}@newsroom.test`).toLowerCase(),
        name: name ?? `Test ${label}`,
        passwordHash: await passwordHashFor(password),
        roles,
        isActive,
        preferredLocale,
        deactivatedAt: isActive ? null : new Date(),
      },
      select: { id: true, email: true, name: true, roles: true },
    });
    return { ...user, preferredLocale, password };
  },
};

export const categories = {
  async create({ key = uniqueLabel("category"), names = { vi: "Đối ngoại", en: "Foreign Affairs" } }: { key?: string; names?: Record<Locale, string> } = {}) {
    return db.category.create({
      data: {
        key,
        translations: {
          create: Object.entries(names).map(([locale, name]) => ({ locale, name, slug: `${slugify(name)}-${slugify(key)}` })),
        },
      },
      select: { id: true, key: true },
    });
  },
};

type ArticleFields = Partial<z.input<typeof createArticleSchema>>;

function articleInput(fields: ArticleFields) {
  return createArticleSchema.parse({
    locale: "vi",
    title: `Đoàn phóng viên nước ngoài thăm Đắk Lắk ${uniqueLabel("bai")}`,
    sapo: "Chuyến công tác từ ngày 16 đến 18 tháng 9 năm 2023.",
    body: docFromParagraphs(["Các phóng viên thường trú nước ngoài đã tới thăm tỉnh Đắk Lắk."]),
    ...fields,
  });
}

// Each step names the transition and who takes it; notes where the workflow asks for one.
const PATH_TO: Record<ArticleStatus, { to: ArticleStatus; note?: string }[]> = {
  DRAFT: [],
  IN_REVIEW: [{ to: "IN_REVIEW" }],
  CHANGES_REQUESTED: [{ to: "IN_REVIEW" }, { to: "CHANGES_REQUESTED", note: "Bổ sung nguồn trích dẫn." }],
  APPROVED: [{ to: "IN_REVIEW" }, { to: "APPROVED" }],
  PUBLISHED: [{ to: "IN_REVIEW" }, { to: "APPROVED" }, { to: "PUBLISHED" }],
  UNPUBLISHED: [{ to: "IN_REVIEW" }, { to: "APPROVED" }, { to: "PUBLISHED" }, { to: "UNPUBLISHED" }],
  ARCHIVED: [{ to: "ARCHIVED" }],
};

// The desk that moves fixture articles along: one administrator per test database.
const desks = new Map<string, Promise<TestUser>>();
function desk(): Promise<TestUser> {
  const key = process.env.DATABASE_URL ?? "";
  let user = desks.get(key);
  if (!user) {
    user = users.create({ roles: ["ADMIN"], name: "Fixture desk" });
    desks.set(key, user);
  }
  return user;
}

export const articles = {
  /** Through the real createArticle, as `author`: the schema and the policy apply. */
  async create({ author, ...fields }: { author: Actor } & ArticleFields): Promise<ArticleChange> {
    return createArticle({ actor: author, input: articleInput(fields) });
  },

  /** Written by `author`, then moved to `status` through the real workflow by an administrator. */
  async inState({ author, status, ...fields }: { author: Actor; status: ArticleStatus } & ArticleFields): Promise<ArticleChange> {
    let article = await articles.create({ author, ...fields });
    const steps = PATH_TO[status];
    if (!steps.length) return article;
    const actor = await desk();
    for (const { to, note } of steps) {
      article = await transitionArticle({ actor, input: { articleId: article.id, to, version: article.version, note } });
    }
    return article;
  },

  /**
   * Inserted as it would be in `status` (with a reader snapshot when published),
   * without history: for tests about what happens next, not how it got there.
   */
  async insert({
    author,
    status,
    locale = "vi",
    title,
    live = status === "PUBLISHED",
  }: {
    author: Actor;
    status: ArticleStatus;
    locale?: Locale;
    title?: string;
    /** Readers see a published copy: always when PUBLISHED; for earlier states, a revision of a live story. */
    live?: boolean;
  }) {
    const heading = title ?? `Hội nghị Thông tin đối ngoại ${uniqueLabel("bai")}`;
    const body = docFromParagraphs(["Kết luận số 57-KL/TW ngày 15 tháng 6 năm 2023 về công tác thông tin đối ngoại."]) as Prisma.InputJsonValue;
    const slug = slugify(heading);
    const publishedAt = live || status === "UNPUBLISHED" ? new Date() : null;
    const snapshot = { locale, title: heading, slug, sapo: "", body, byline: "", sourceLine: "", authorNames: [], tagNames: [] };
    const article = await db.article.create({
      data: {
        translationGroup: { create: { createdById: author.id } },
        locale,
        status,
        title: heading,
        slug,
        body,
        searchText: searchKey(heading),
        createdBy: { connect: { id: author.id } },
        publishedAt,
        authors: { create: { userId: author.id } },
      },
      select: { id: true, locale: true, slug: true, status: true, version: true, translationGroupId: true },
    });
    if (live && publishedAt) {
      await db.publishedArticle.create({ data: { articleId: article.id, translationGroupId: article.translationGroupId, ...snapshot, publishedAt } });
    }
    return article;
  },
};
