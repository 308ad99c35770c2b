/**
 * Figures and galleries on a real database: publishing checks every image the
 * body shows (it exists, is an image, has alt text) inside the transition's
 * transaction, records them on the snapshot, and the library then refuses to
 * delete them until the story is withdrawn. The reader query answers images only.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError, isAppError } from "@/lib/errors";
import { deleteMedia, updateMedia, uploadMedia } from "@/lib/media/mutations";
import { listImagesForStory } from "@/lib/media/public-queries";
import { getMediaForEditor } from "@/lib/media/queries";
import { updateMediaSchema } from "@/lib/media/schemas";
import { LocalDiskStorage } from "@/lib/media/storage";
import { articles, users, type TestUser } from "@/lib/test/factories";
import { transitionArticle } from "./mutations";
import type { RichTextDoc } from "./rich-text";

let root: string;
let storage: LocalDiskStorage;
let writer: TestUser;
let chief: TestUser;
let photo: Buffer;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "newsroom-figures-db-"));
  storage = new LocalDiskStorage(root);
  [writer, chief] = await Promise.all([users.create({ roles: ["WRITER"] }), users.create({ roles: ["CHIEF_EDITOR"] })]);
  photo = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 30, g: 90, b: 140 } } }).jpeg().toBuffer();
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function refusal(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

async function image(name: string, altText = ""): Promise<string> {
  const { id } = await uploadMedia({ actor: writer, file: { name, bytes: photo }, storage });
  if (altText) await describeImage(id, { altText });
  return id;
}

async function describeImage(mediaId: string, fields: { altText: string; caption?: string; credit?: string }) {
  const { version } = await db.media.findUniqueOrThrow({ where: { id: mediaId }, select: { version: true } });
  await updateMedia({ actor: writer, input: updateMediaSchema.parse({ mediaId, version, ...fields }) });
}

const body = (...content: RichTextDoc["content"]): RichTextDoc => ({
  type: "doc",
  content: [{ type: "paragraph", content: [{ type: "text", text: "Lễ hội cồng chiêng Tây Nguyên." }] }, ...content],
});
const figure = (mediaId: string, alt?: string) => ({ type: "figure" as const, attrs: { mediaId, caption: "Lễ hội cồng chiêng", credit: "Ảnh: Nguyễn Hồng", ...(alt ? { alt } : {}) } });
const gallery = (...mediaIds: string[]) => ({ type: "gallery" as const, attrs: { mediaIds } });

async function approvedStory(doc: RichTextDoc) {
  return articles.inState({ author: writer, status: "APPROVED", body: doc });
}
const publish = (story: { id: string; version: number }) => transitionArticle({ actor: chief, input: { articleId: story.id, to: "PUBLISHED", version: story.version } });

async function unchanged(story: { id: string; version: number }) {
  const article = await db.article.findUniqueOrThrow({ where: { id: story.id }, select: { status: true, version: true } });
  expect(article).toEqual({ status: "APPROVED", version: story.version });
  expect(await db.publishedArticle.findUnique({ where: { articleId: story.id } })).toBeNull();
  expect(await db.articleTransition.count({ where: { articleId: story.id, toStatus: "PUBLISHED" } })).toBe(0);
}

describe("publishing a story with figures", { timeout: 60_000 }, () => {
  test("is refused while an image has no alt text, naming the file; nothing changes", async () => {
    const id = await image("cong-chieng.jpg");
    const story = await approvedStory(body(figure(id)));
    const refused = await refusal(publish(story));
    expect(refused).toMatchObject({ code: "VALIDATION", messageKey: "media.altRequired" });
    expect(refused.params).toMatchObject({ files: "“cong-chieng.jpg”", count: 1 });
    await unchanged(story);
  });

  test("gallery images need the library's alt text; a figure's own alt text is enough for it", async () => {
    const [described, bare] = await Promise.all([image("mot.jpg", "Nghệ nhân đánh cồng"), image("hai.jpg")]);
    const inGallery = await approvedStory(body(gallery(described, bare)));
    expect((await refusal(publish(inGallery))).params?.files).toBe("“hai.jpg”");

    const overridden = await approvedStory(body(figure(bare, "Nghệ nhân múa xoang")));
    const change = await publish(overridden);
    expect(change.status).toBe("PUBLISHED");
  });

  test("is refused when an image was deleted from the library or is a PDF", async () => {
    const gone = await image("da-xoa.jpg", "Ảnh đã xóa");
    await deleteMedia({ actor: writer, input: { mediaId: gone, version: 2 }, storage });
    const pdf = (await uploadMedia({ actor: writer, file: { name: "ket-luan-57.pdf", bytes: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") }, storage })).id;

    const withDeleted = await approvedStory(body(figure(gone, "x")));
    const refusedDeleted = await refusal(publish(withDeleted));
    expect(refusedDeleted).toMatchObject({ code: "VALIDATION", messageKey: "media.missingForPublish" });
    expect(refusedDeleted.params?.files).toBe(`“#${gone.slice(0, 8)}”`);
    await unchanged(withDeleted);

    const withPdf = await approvedStory(body(figure(pdf, "Văn bản")));
    const refusedPdf = await refusal(publish(withPdf));
    expect(refusedPdf).toMatchObject({ code: "VALIDATION", messageKey: "media.missingForPublish" });
    expect(refusedPdf.params?.files).toBe("“ket-luan-57.pdf”");
    await unchanged(withPdf);
  });

  test("succeeds with alt text and records the images on the snapshot; the library then refuses the delete until the story is withdrawn", async () => {
    const [first, second, third] = await Promise.all([image("a.jpg", "Cồng"), image("b.jpg", "Chiêng"), image("c.jpg", "Xoang")]);
    const story = await approvedStory(body(figure(first), gallery(second, third, first)));
    const published = await publish(story);
    const snapshot = await db.publishedArticle.findUniqueOrThrow({ where: { articleId: story.id }, select: { mediaIds: true, title: true } });
    expect(snapshot.mediaIds).toEqual([first, second, third]);

    const refused = await refusal(deleteMedia({ actor: writer, input: { mediaId: second, version: 2 }, storage }));
    expect(refused).toMatchObject({ code: "CONFLICT", messageKey: "media.inUse" });
    expect(refused.params?.stories).toContain(snapshot.title);
    expect(await db.media.findUnique({ where: { id: second }, select: { id: true } })).not.toBeNull();
    expect((await getMediaForEditor({ actor: writer, mediaId: second })).publishedIn.map((entry) => entry.title)).toEqual([snapshot.title]);

    await transitionArticle({ actor: chief, input: { articleId: story.id, to: "UNPUBLISHED", version: published.version } });
    await deleteMedia({ actor: writer, input: { mediaId: second, version: 2 }, storage });
    expect(await db.media.findUnique({ where: { id: second } })).toBeNull();
  });

  test("republishing after an edit replaces the recorded images", async () => {
    const [kept, dropped] = await Promise.all([image("giu.jpg", "Giữ"), image("bo.jpg", "Bỏ")]);
    const story = await approvedStory(body(figure(kept), figure(dropped)));
    const published = await publish(story);
    expect((await db.publishedArticle.findUniqueOrThrow({ where: { articleId: story.id } })).mediaIds).toEqual([kept, dropped]);
    const withdrawn = await transitionArticle({ actor: chief, input: { articleId: story.id, to: "UNPUBLISHED", version: published.version } });
    // The body as an edit would leave it (the edit path itself is covered by the article tests).
    await db.article.update({ where: { id: story.id }, data: { body: body(figure(kept)) as Prisma.InputJsonValue } });
    await transitionArticle({ actor: chief, input: { articleId: story.id, to: "PUBLISHED", version: withdrawn.version } });
    expect((await db.publishedArticle.findUniqueOrThrow({ where: { articleId: story.id } })).mediaIds).toEqual([kept]);
  });
});

describe("listImagesForStory", () => {
  test("answers images with their renditions by format, never documents, unknown or malformed ids", async () => {
    const id = await image("doc-hien-thi.jpg", "Cồng chiêng");
    await describeImage(id, { altText: "Cồng chiêng", caption: "Lễ hội", credit: "Ảnh: TTXVN" });
    const pdf = (await uploadMedia({ actor: writer, file: { name: "tai-lieu.pdf", bytes: Buffer.from("%PDF-1.4\n%%EOF\n") }, storage })).id;
    const images = await listImagesForStory([id.toUpperCase(), pdf, "00000000-0000-4000-8000-000000000000", "1' OR '1'='1"]);
    expect(images).toHaveLength(1);
    expect(images[0]).toMatchObject({ id, width: 1200, height: 800, altText: "Cồng chiêng", caption: "Lễ hội", credit: "Ảnh: TTXVN", focalX: 0.5, focalY: 0.5 });
    expect(Object.keys(images[0].sources).sort()).toEqual(["avif", "jpeg", "webp"]);
    expect(images[0].sources.webp.map((source) => source.width)).toEqual([320, 640, 960, 1200]);
    expect(images[0].sources.jpeg[0].url).toMatch(new RegExp(`^/media/\\d{4}/\\d{2}/${id}/w320\\.jpg$`));
    expect(await listImagesForStory([])).toEqual([]);
  });
});
