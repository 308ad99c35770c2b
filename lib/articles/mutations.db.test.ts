/**
 * The article domain on a real database: the publish cycle and its reader
 * snapshot, notes, archiving rules, smuggled fields, slugs and translations.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { articles, categories, users, type TestUser } from "@/lib/test/factories";
import { docFromParagraphs } from "./rich-text";
import { createArticle, transitionArticle, updateArticle } from "./mutations";
import { createArticleSchema, transitionArticleSchema, updateArticleSchema, type UpdateArticleInput } from "./schemas";

let writer: TestUser;
let otherWriter: TestUser;
let editor: TestUser;
let chief: TestUser;
let pressOfficer: TestUser;

beforeAll(async () => {
  [writer, otherWriter, editor, chief, pressOfficer] = await Promise.all([
    users.create({ roles: ["WRITER"] }),
    users.create({ roles: ["WRITER"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["CHIEF_EDITOR"] }),
    users.create({ roles: ["PRESS_OFFICER"] }),
  ]);
});

async function rowOf(articleId: string) {
  return db.article.findUniqueOrThrow({
    where: { id: articleId },
    include: { transitions: { orderBy: { createdAt: "asc" } }, published: true, tags: { include: { tag: true } }, authors: true },
  });
}

/** What the editor form would send back: the article as it is now, with `changes`. */
async function editOf(articleId: string, changes: Partial<UpdateArticleInput> = {}): Promise<UpdateArticleInput> {
  const row = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    include: { tags: { include: { tag: true } }, authors: { orderBy: { position: "asc" } } },
  });
  return updateArticleSchema.parse({
    articleId,
    version: row.version,
    title: row.title,
    slug: row.slug,
    sapo: row.sapo,
    body: row.body,
    categoryId: row.categoryId ?? "",
    byline: row.byline,
    sourceLine: row.sourceLine,
    coverImageUrl: row.coverImageUrl ?? "",
    tags: row.tags.map((entry) => entry.tag.name),
    authorIds: row.authors.map((author) => author.userId),
    ...changes,
  });
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => expect.unreachable("the call should have been refused"),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("requesting changes", () => {
  test.each(["IN_REVIEW", "APPROVED"] as const)("from %s needs a note; without one nothing changes", async (status) => {
    const article = await articles.inState({ author: writer, status });
    const before = await rowOf(article.id);
    for (const note of [undefined, "", "   "]) {
      const error = await refusal(transitionArticle({ actor: editor, input: { articleId: article.id, to: "CHANGES_REQUESTED", version: article.version, note } }));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors).toEqual({ note: ["articles.noteRequired"] });
    }
    expect(await rowOf(article.id)).toEqual(before);

    await transitionArticle({ actor: editor, input: { articleId: article.id, to: "CHANGES_REQUESTED", version: article.version, note: "  Thêm nguồn.  " } });
    const after = await rowOf(article.id);
    expect(after.status).toBe("CHANGES_REQUESTED");
    expect(after.transitions.at(-1)).toMatchObject({ actorId: editor.id, fromStatus: status, toStatus: "CHANGES_REQUESTED", note: "Thêm nguồn." });
  });
});

describe("the publish cycle", () => {
  test("writer drafts and submits, editor sends back, writer revises, editor approves, chief publishes: the reader snapshot and the timeline", async () => {
    const category = await categories.create();
    const draft = await articles.create({ author: writer, title: "Đắk Lắk đón phóng viên nước ngoài", categoryId: category.id, tags: ["Đắk Lắk", "Báo chí"] });
    let version = draft.version;
    const step = async (actor: TestUser, to: "IN_REVIEW" | "CHANGES_REQUESTED" | "APPROVED" | "PUBLISHED", note?: string) => {
      const change = await transitionArticle({ actor, input: { articleId: draft.id, to, version, note } });
      version = change.version;
      return change;
    };
    await step(writer, "IN_REVIEW");
    await step(editor, "CHANGES_REQUESTED", "Ghi rõ ngày 16–18/9/2023.");
    const revised = await updateArticle({ actor: writer, input: await editOf(draft.id, { version, sapo: "Từ ngày 16 đến 18 tháng 9 năm 2023." }) });
    version = revised.version;
    await step(writer, "IN_REVIEW");
    await step(editor, "APPROVED");
    const published = await step(chief, "PUBLISHED");

    const row = await rowOf(draft.id);
    expect(row.status).toBe("PUBLISHED");
    expect(row.version).toBe(draft.version + 6);
    expect(row.transitions.map((t) => [t.fromStatus, t.toStatus, t.actorId])).toEqual([
      ["DRAFT", "IN_REVIEW", writer.id],
      ["IN_REVIEW", "CHANGES_REQUESTED", editor.id],
      ["CHANGES_REQUESTED", "IN_REVIEW", writer.id],
      ["IN_REVIEW", "APPROVED", editor.id],
      ["APPROVED", "PUBLISHED", chief.id],
    ]);
    expect(published.publicSlugs).toEqual([row.slug]);
    expect(row.published).toMatchObject({
      translationGroupId: row.translationGroupId,
      locale: "vi",
      title: "Đắk Lắk đón phóng viên nước ngoài",
      slug: "dak-lak-don-phong-vien-nuoc-ngoai",
      sapo: "Từ ngày 16 đến 18 tháng 9 năm 2023.",
      categoryId: category.id,
      authorNames: [writer.name],
      publishedAt: row.publishedAt,
    });
    expect(row.published?.body).toEqual(row.body);
    expect([...(row.published?.tagNames ?? [])].sort()).toEqual(["Báo chí", "Đắk Lắk"]);
  });

  test("editing a published story starts a revision: readers keep the published text until it is published again", async () => {
    const article = await articles.inState({ author: writer, status: "PUBLISHED" });
    const live = await rowOf(article.id);

    const revision = await updateArticle({
      actor: editor,
      input: await editOf(article.id, { title: "Bản sửa: 500 đoàn phóng viên nước ngoài", slug: "", body: docFromParagraphs(["Bản mới."]) }),
    });
    expect(revision.status).toBe("DRAFT");
    expect(revision.version).toBe(live.version + 1);
    expect(revision.publicSlugs).toEqual([]);

    const during = await rowOf(article.id);
    expect(during.status).toBe("DRAFT");
    expect(during.title).toBe("Bản sửa: 500 đoàn phóng viên nước ngoài");
    expect(during.transitions.at(-1)).toMatchObject({ fromStatus: "PUBLISHED", toStatus: "DRAFT", actorId: editor.id });
    // The reader snapshot is untouched, to the millisecond.
    expect(during.published).toEqual(live.published);

    // The revision goes through review again and replaces the snapshot when published.
    let version = revision.version;
    for (const [actor, to] of [[editor, "IN_REVIEW"], [editor, "APPROVED"], [chief, "PUBLISHED"]] as const) {
      version = (await transitionArticle({ actor, input: { articleId: article.id, to, version } })).version;
    }
    const republished = await rowOf(article.id);
    expect(republished.published?.title).toBe("Bản sửa: 500 đoàn phóng viên nước ngoài");
    expect(republished.published?.slug).toBe("ban-sua-500-doan-phong-vien-nuoc-ngoai");
    expect(republished.published?.body).toEqual(docFromParagraphs(["Bản mới."]));
    expect(republished.published!.publishedAt.getTime()).toBeGreaterThanOrEqual(live.published!.publishedAt.getTime());
    expect(await db.publishedArticle.count({ where: { articleId: article.id } })).toBe(1);
  });

  test("re-publishing under a new slug names both the old and the new reader pages", async () => {
    const article = await articles.inState({ author: writer, status: "PUBLISHED" });
    const oldSlug = (await rowOf(article.id)).published!.slug;
    let version = (await updateArticle({ actor: editor, input: await editOf(article.id, { slug: "duong-dan-moi" }) })).version;
    version = (await transitionArticle({ actor: editor, input: { articleId: article.id, to: "IN_REVIEW", version } })).version;
    version = (await transitionArticle({ actor: editor, input: { articleId: article.id, to: "APPROVED", version } })).version;
    const change = await transitionArticle({ actor: chief, input: { articleId: article.id, to: "PUBLISHED", version } });
    expect(change.publicSlugs.sort()).toEqual([oldSlug, "duong-dan-moi"].sort());
  });

  test("unpublishing removes the reader snapshot; re-publishing brings it back", async () => {
    const article = await articles.inState({ author: writer, status: "PUBLISHED" });
    const slug = (await rowOf(article.id)).slug;
    const unpublished = await transitionArticle({ actor: chief, input: { articleId: article.id, to: "UNPUBLISHED", version: article.version } });
    expect(unpublished.publicSlugs).toEqual([slug]);
    expect(await db.publishedArticle.findUnique({ where: { articleId: article.id } })).toBeNull();

    await transitionArticle({ actor: chief, input: { articleId: article.id, to: "PUBLISHED", version: unpublished.version } });
    expect(await db.publishedArticle.findUnique({ where: { articleId: article.id } })).toMatchObject({ slug });
  });

  test("a chief editor takes a live story down while its revision is in review; the revision's text is kept", async () => {
    const article = await articles.inState({ author: writer, status: "PUBLISHED" });
    const publishedTitle = (await rowOf(article.id)).published!.title;
    let version = (await updateArticle({ actor: editor, input: await editOf(article.id, { title: "Bản sửa đang chờ duyệt" }) })).version;
    version = (await transitionArticle({ actor: editor, input: { articleId: article.id, to: "IN_REVIEW", version } })).version;
    expect((await rowOf(article.id)).published!.title).toBe(publishedTitle);

    const editorTry = await refusal(transitionArticle({ actor: editor, input: { articleId: article.id, to: "UNPUBLISHED", version } }));
    expect(editorTry.code).toBe("FORBIDDEN");
    const takenDown = await transitionArticle({ actor: chief, input: { articleId: article.id, to: "UNPUBLISHED", version, note: "Sai số liệu" } });

    const after = await rowOf(article.id);
    expect(takenDown.publicSlugs).toEqual([article.slug]);
    expect(after.published).toBeNull();
    expect(after).toMatchObject({ status: "UNPUBLISHED", title: "Bản sửa đang chờ duyệt" });
    expect(after.transitions.at(-1)).toMatchObject({ fromStatus: "IN_REVIEW", toStatus: "UNPUBLISHED", note: "Sai số liệu", actorId: chief.id });
  });

  test("a story that is not live cannot be taken down", async () => {
    const article = await articles.inState({ author: writer, status: "IN_REVIEW" });
    const error = await refusal(transitionArticle({ actor: chief, input: { articleId: article.id, to: "UNPUBLISHED", version: article.version } }));
    expect(error.code).toBe("INVALID_TRANSITION");
  });

  test("editing approved text sends it back to review", async () => {
    const article = await articles.inState({ author: writer, status: "APPROVED" });
    const change = await updateArticle({ actor: editor, input: await editOf(article.id, { sapo: "Sửa sau khi duyệt." }) });
    expect(change.status).toBe("IN_REVIEW");
    expect((await rowOf(article.id)).transitions.at(-1)).toMatchObject({ fromStatus: "APPROVED", toStatus: "IN_REVIEW", actorId: editor.id });
  });
});

describe("archiving", () => {
  test("a live article cannot be archived; nothing changes", async () => {
    const article = await articles.inState({ author: writer, status: "PUBLISHED" });
    const before = await rowOf(article.id);
    for (const actor of [chief, editor, writer]) {
      const error = await refusal(transitionArticle({ actor, input: { articleId: article.id, to: "ARCHIVED", version: article.version } }));
      expect(error.code).toBe("INVALID_TRANSITION");
    }
    expect(await rowOf(article.id)).toEqual(before);
  });

  test("a revision of a live story cannot be archived while the published text is up", async () => {
    const article = await articles.inState({ author: writer, status: "PUBLISHED" });
    const revision = await updateArticle({ actor: editor, input: await editOf(article.id, { sapo: "Bản sửa." }) });
    const before = await rowOf(article.id);
    const error = await refusal(transitionArticle({ actor: chief, input: { articleId: article.id, to: "ARCHIVED", version: revision.version } }));
    expect(error).toMatchObject({ code: "INVALID_TRANSITION", messageKey: "articles.unpublishFirst" });
    expect(await rowOf(article.id)).toEqual(before);
  });

  test("an archived article cannot be edited until it is restored", async () => {
    const article = await articles.inState({ author: writer, status: "ARCHIVED" });
    const error = await refusal(updateArticle({ actor: editor, input: await editOf(article.id, { title: "Không được sửa" }) }));
    expect(error.code).toBe("INVALID_TRANSITION");
    const restored = await transitionArticle({ actor: editor, input: { articleId: article.id, to: "DRAFT", version: article.version } });
    const edited = await updateArticle({ actor: editor, input: await editOf(article.id, { title: "Sửa sau khi khôi phục", version: restored.version }) });
    expect(edited.status).toBe("DRAFT");
  });
});

describe("who may edit and create", () => {
  test("a writer edits their own draft but not someone else's, and not their own once it is in review", async () => {
    const own = await articles.create({ author: writer });
    await expect(updateArticle({ actor: writer, input: await editOf(own.id, { sapo: "Sửa." }) })).resolves.toMatchObject({ status: "DRAFT" });

    const foreign = await articles.create({ author: otherWriter });
    const beforeForeign = await rowOf(foreign.id);
    expect((await refusal(updateArticle({ actor: writer, input: await editOf(foreign.id, { title: "Chiếm quyền" }) }))).code).toBe("FORBIDDEN");
    expect(await rowOf(foreign.id)).toEqual(beforeForeign);

    const inReview = await articles.inState({ author: writer, status: "IN_REVIEW" });
    expect((await refusal(updateArticle({ actor: writer, input: await editOf(inReview.id, { title: "Lén sửa" }) }))).code).toBe("FORBIDDEN");
  });

  test("a press officer can neither create, read nor move articles", async () => {
    expect((await refusal(articles.create({ author: pressOfficer }))).code).toBe("FORBIDDEN");
    const article = await articles.create({ author: writer });
    expect((await refusal(updateArticle({ actor: pressOfficer, input: await editOf(article.id) }))).code).toBe("FORBIDDEN");
    expect((await refusal(transitionArticle({ actor: pressOfficer, input: { articleId: article.id, to: "IN_REVIEW", version: 1 } }))).code).toBe("FORBIDDEN");
  });

  test("an unknown article is NOT_FOUND, not FORBIDDEN", async () => {
    const missing = "5b0c7c1e-0000-4000-8000-000000000000";
    expect((await refusal(transitionArticle({ actor: chief, input: { articleId: missing, to: "PUBLISHED", version: 1 } }))).code).toBe("NOT_FOUND");
    const input = { ...(await editOf((await articles.create({ author: writer })).id)), articleId: missing };
    expect((await refusal(updateArticle({ actor: chief, input }))).code).toBe("NOT_FOUND");
  });

  test("authors must be real users; the creator is the author when none is named", async () => {
    const article = await articles.create({ author: writer });
    expect((await rowOf(article.id)).authors.map((a) => a.userId)).toEqual([writer.id]);
    const error = await refusal(
      updateArticle({ actor: writer, input: await editOf(article.id, { authorIds: ["5b0c7c1e-0000-4000-8000-000000000001"] }) }),
    );
    expect(error.fieldErrors).toEqual({ authorIds: ["validation.invalid"] });
  });
});

describe("smuggled fields", () => {
  const SMUGGLED = {
    role: "ADMIN",
    state: "PUBLISHED",
    status: "PUBLISHED",
    authorId: "5b0c7c1e-0000-4000-8000-0000000000aa",
    createdById: "5b0c7c1e-0000-4000-8000-0000000000aa",
    publishedAt: "2023-06-15T00:00:00.000Z",
  };

  test.each(Object.entries(SMUGGLED))("%s is rejected by every article schema before the database is touched", async (field, value) => {
    const article = await articles.create({ author: writer });
    const before = await rowOf(article.id);
    const count = await db.article.count();
    const posts = [
      { schema: createArticleSchema, input: { locale: "vi", title: "Bài mới", body: docFromParagraphs(["x"]), [field]: value } },
      { schema: updateArticleSchema, input: { ...(await editOf(article.id)), [field]: value } },
      { schema: transitionArticleSchema, input: { articleId: article.id, to: "IN_REVIEW", version: article.version, [field]: value } },
    ];
    for (const { schema, input } of posts) {
      const parsed = schema.safeParse(input);
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.some((issue) => issue.code === "unrecognized_keys" && issue.keys.includes(field))).toBe(true);
    }
    expect(await db.article.count()).toBe(count);
    expect(await rowOf(article.id)).toEqual(before);
  });

  test("a version smuggled into a create is rejected", () => {
    expect(createArticleSchema.safeParse({ locale: "vi", title: "Bài", body: docFromParagraphs(["x"]), version: 42 }).success).toBe(false);
  });

  test("even past the schema, the mutations never write what a person may not set", async () => {
    const article = await articles.create({ author: writer });
    const forged = { ...(await editOf(article.id, { title: "Sửa thường" })), ...SMUGGLED } as UpdateArticleInput;
    const change = await updateArticle({ actor: writer, input: forged });
    const row = await rowOf(article.id);
    expect(change.status).toBe("DRAFT");
    expect(row).toMatchObject({ status: "DRAFT", createdById: writer.id, publishedAt: null, title: "Sửa thường" });
    expect(row.published).toBeNull();

    const created = await createArticle({
      actor: writer,
      input: { ...createArticleSchema.parse({ locale: "en", title: "Forged", body: docFromParagraphs(["x"]) }), ...SMUGGLED, version: 99 } as never,
    });
    expect(await db.article.findUniqueOrThrow({ where: { id: created.id } })).toMatchObject({
      status: "DRAFT",
      createdById: writer.id,
      publishedAt: null,
      version: 1,
    });
  });
});

describe("slugs are unique per locale", () => {
  const title = "Hội nghị Thông tin đối ngoại toàn quốc";

  test("the same title twice gets a numbered slug; an explicit duplicate is a field error; the other locale may reuse it", async () => {
    const first = await articles.create({ author: writer, title });
    const second = await articles.create({ author: writer, title });
    const third = await articles.create({ author: writer, title });
    expect([first.slug, second.slug, third.slug]).toEqual([
      "hoi-nghi-thong-tin-doi-ngoai-toan-quoc",
      "hoi-nghi-thong-tin-doi-ngoai-toan-quoc-2",
      "hoi-nghi-thong-tin-doi-ngoai-toan-quoc-3",
    ]);

    const count = await db.article.count();
    const error = await refusal(articles.create({ author: writer, title: "Khác", slug: first.slug }));
    expect(error).toMatchObject({ code: "VALIDATION", fieldErrors: { slug: ["articles.slugTaken"] } });
    expect(await db.article.count()).toBe(count);

    const english = await articles.create({ author: writer, locale: "en", title: "Other", slug: first.slug });
    expect(english.slug).toBe(first.slug);
    const englishDerived = await articles.create({ author: writer, locale: "en", title });
    expect(englishDerived.slug).toBe("hoi-nghi-thong-tin-doi-ngoai-toan-quoc-2");
  });

  test("renaming onto another article's slug is refused; keeping one's own slug is not a clash", async () => {
    const a = await articles.create({ author: writer, title: "Di sản Huế" });
    const b = await articles.create({ author: writer, title: "Điểm đến Quảng Trị" });
    const before = await rowOf(b.id);
    const error = await refusal(updateArticle({ actor: writer, input: await editOf(b.id, { slug: a.slug }) }));
    expect(error.fieldErrors).toEqual({ slug: ["articles.slugTaken"] });
    expect(await rowOf(b.id)).toEqual(before);
    await expect(updateArticle({ actor: writer, input: await editOf(b.id, { sapo: "Giữ đường dẫn." }) })).resolves.toMatchObject({ slug: b.slug });
  });

  test("a slug still live on the reader site (kept by a published story under revision) is not handed to another article", async () => {
    const live = await articles.inState({ author: writer, status: "PUBLISHED", title: "Di sản văn hóa Huế" });
    const liveSlug = (await rowOf(live.id)).slug;
    // The live story's revision moves to a new slug; readers still find it under the old one.
    await updateArticle({ actor: editor, input: await editOf(live.id, { slug: "di-san-van-hoa-hue-ban-moi" }) });
    expect((await rowOf(live.id)).published?.slug).toBe(liveSlug);

    const error = await refusal(articles.create({ author: writer, title: "Khác", slug: liveSlug }));
    expect(error.fieldErrors).toEqual({ slug: ["articles.slugTaken"] });
    const derived = await articles.inState({ author: writer, status: "APPROVED", title: "Di sản văn hóa Huế" });
    expect(derived.slug).not.toBe(liveSlug);
    await expect(
      transitionArticle({ actor: chief, input: { articleId: derived.id, to: "PUBLISHED", version: derived.version } }),
    ).resolves.toMatchObject({ status: "PUBLISHED" });
  });

  test("a title with nothing to slug falls back to a readable slug", async () => {
    const article = await articles.create({ author: writer, title: "!!!" });
    expect(article.slug).toMatch(/^bai-viet(-\d+)?$/);
  });
});

describe("translations", () => {
  test("one story, one article per locale", async () => {
    const vi = await articles.create({ author: writer, title: "Di sản Hội An" });
    const { translationGroupId } = await db.article.findUniqueOrThrow({ where: { id: vi.id }, select: { translationGroupId: true } });
    const en = await articles.create({ author: writer, locale: "en", title: "Hoi An heritage", translationGroupId });
    expect((await db.article.findUniqueOrThrow({ where: { id: en.id } })).translationGroupId).toBe(translationGroupId);

    const error = await refusal(articles.create({ author: writer, locale: "vi", title: "Bản thứ hai", translationGroupId }));
    expect(error.fieldErrors).toEqual({ locale: ["articles.translationExists"] });

    const missing = await refusal(articles.create({ author: writer, locale: "en", title: "x", translationGroupId: "5b0c7c1e-0000-4000-8000-0000000000bb" }));
    expect(missing.code).toBe("NOT_FOUND");
  });
});
