import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { AppError, isAppError } from "@/lib/errors";
import { articles, users, type TestUser } from "@/lib/test/factories";
import { deleteMedia, updateMedia, uploadMedia } from "./mutations";
import { getMediaForEditor, listMedia } from "./queries";
import { deleteMediaSchema, mediaListFiltersSchema, updateMediaSchema } from "./schemas";
import { LocalDiskStorage } from "./storage";

let root: string;
let storage: LocalDiskStorage;
let writer: TestUser;
let otherWriter: TestUser;
let editor: TestUser;
let press: TestUser;
let photo: Buffer;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "newsroom-media-db-"));
  storage = new LocalDiskStorage(root);
  [writer, otherWriter, editor, press] = await Promise.all([
    users.create({ roles: ["WRITER"], name: "Nguyễn Hồng" }),
    users.create({ roles: ["WRITER"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["PRESS_OFFICER"] }),
  ]);
  photo = await sharp({ create: { width: 1000, height: 700, channels: 3, background: { r: 10, g: 120, b: 60 } } })
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "12/1 40/1 0/1" } })
    .toBuffer();
});
afterAll(() => rm(root, { recursive: true, force: true }));

async function storedFiles(): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)));
}

async function refusal(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (error) {
    if (isAppError(error)) return error;
    throw error;
  }
  throw new Error("expected a refusal");
}

describe("uploading", { timeout: 120_000 }, () => {
  test("an image becomes a row, its renditions and their files, none of them with EXIF or GPS", async () => {
    const { id } = await uploadMedia({ actor: writer, file: { name: "C:\\fakepath\\Đắk Lắk cồng chiêng.jpg", bytes: photo }, storage });
    const detail = await getMediaForEditor({ actor: writer, mediaId: id });
    expect(detail).toMatchObject({ kind: "IMAGE", mimeType: "image/jpeg", originalName: "Đắk Lắk cồng chiêng.jpg", width: 1000, height: 700, canEdit: true, canDelete: true });
    expect(detail.renditions.map((r) => `${r.format}@${r.width}`).sort()).toEqual(
      ["avif@320", "avif@640", "avif@960", "avif@1000", "jpeg@320", "jpeg@640", "jpeg@960", "jpeg@1000", "webp@320", "webp@640", "webp@960", "webp@1000"].sort(),
    );
    for (const url of [detail.url, ...detail.renditions.map((r) => r.url)]) {
      const bytes = await storage.read(url.replace(/^\/media\//, ""));
      expect(bytes, url).not.toBeNull();
      expect((await sharp(bytes!).metadata()).exif, url).toBeUndefined();
    }
  });

  test.each([
    ["a text file renamed .jpg", Buffer.from("not a photo at all"), "media.unsupportedType"],
    ["an empty file", Buffer.alloc(0), "media.emptyFile"],
    ["an SVG with a script", Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'), "media.unsupportedType"],
    ["a truncated JPEG", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]), "media.unreadableImage"],
  ])("%s is refused on the file field and leaves nothing stored", async (_name, bytes, key) => {
    const before = { rows: await db.media.count(), files: await storedFiles() };
    const error = await refusal(uploadMedia({ actor: writer, file: { name: "photo.jpg", bytes }, storage }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors?.file).toEqual([key]);
    expect(await db.media.count()).toBe(before.rows);
    expect(await storedFiles()).toEqual(before.files);
  });

  test("when the row cannot be written, the files already stored are removed again", async () => {
    const before = await storedFiles();
    // An uploader the database does not know: the insert fails after the files are written.
    const ghost = { id: "00000000-0000-4000-8000-0000000000ff", roles: ["ADMIN" as const] };
    await expect(uploadMedia({ actor: ghost, file: { name: "x.jpg", bytes: photo }, storage })).rejects.toThrow();
    expect(await storedFiles()).toEqual(before);
  });

  test("a PDF document is stored as it is, without renditions", async () => {
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
    const { id } = await uploadMedia({ actor: press, file: { name: "Kết luận 57.pdf", bytes: pdf }, storage });
    const detail = await getMediaForEditor({ actor: press, mediaId: id });
    expect(detail).toMatchObject({ kind: "DOCUMENT", mimeType: "application/pdf", width: null, renditions: [], thumbnailUrl: null });
    expect(await storage.read(detail.url.replace(/^\/media\//, ""))).toEqual(pdf);
  });
});

describe("describing and deleting", { timeout: 120_000 }, () => {
  test("the uploader and the desk describe an item over the version they loaded; other writers may not", async () => {
    const { id } = await uploadMedia({ actor: writer, file: { name: "hoi-an.jpg", bytes: photo }, storage });
    const input = (version: number, caption: string) =>
      updateMediaSchema.parse({ mediaId: id, version, altText: "Phố cổ Hội An", caption, credit: "Ảnh: Nguyễn Hồng", focalX: "0.3", focalY: 0.6 });
    expect((await refusal(updateMedia({ actor: otherWriter, input: input(1, "x") }))).code).toBe("FORBIDDEN");
    await updateMedia({ actor: writer, input: input(1, "Phố cổ về đêm") });
    expect((await refusal(updateMedia({ actor: editor, input: input(1, "stale") }))).code).toBe("CONFLICT");
    await updateMedia({ actor: editor, input: input(2, "Phố cổ Hội An về đêm") });
    expect(await getMediaForEditor({ actor: editor, mediaId: id })).toMatchObject({
      version: 3,
      caption: "Phố cổ Hội An về đêm",
      credit: "Ảnh: Nguyễn Hồng",
      focalX: 0.3,
      focalY: 0.6,
    });
    expect(updateMediaSchema.safeParse({ mediaId: id, version: 3, focalX: 1.5 }).success).toBe(false);
    expect(updateMediaSchema.safeParse({ mediaId: id, version: 3, uploadedById: writer.id }).success).toBe(false);
  });

  test("an item a published story shows cannot be deleted; once the story no longer shows it, it can, files and all", async () => {
    const { id } = await uploadMedia({ actor: writer, file: { name: "figure.jpg", bytes: photo }, storage });
    const story = await articles.insert({ author: writer, status: "PUBLISHED", title: "Hội nghị thông tin đối ngoại" });
    await db.publishedArticle.update({ where: { articleId: story.id }, data: { mediaIds: [id] } });

    const refused = await refusal(deleteMedia({ actor: writer, input: deleteMediaSchema.parse({ mediaId: id, version: 1 }), storage }));
    expect(refused).toMatchObject({ code: "CONFLICT", messageKey: "media.inUse" });
    expect(refused.params?.stories).toContain("Hội nghị thông tin đối ngoại");
    expect((await getMediaForEditor({ actor: writer, mediaId: id })).publishedIn).toEqual([{ title: "Hội nghị thông tin đối ngoại", locale: "vi", slug: story.slug }]);

    await db.publishedArticle.update({ where: { articleId: story.id }, data: { mediaIds: [] } });
    const files = (await storedFiles()).filter((file) => file.includes(id));
    expect(files.length).toBeGreaterThan(1);
    expect((await refusal(deleteMedia({ actor: otherWriter, input: { mediaId: id, version: 1 }, storage }))).code).toBe("FORBIDDEN");
    await deleteMedia({ actor: writer, input: { mediaId: id, version: 1 }, storage });
    expect(await db.media.findUnique({ where: { id } })).toBeNull();
    expect(await db.mediaRendition.count({ where: { mediaId: id } })).toBe(0);
    expect((await storedFiles()).filter((file) => file.includes(id))).toEqual([]);
  });

  test("people without the library get nothing, and unknown ids are NOT_FOUND", async () => {
    const nobody = await users.create({ roles: [] });
    expect((await refusal(listMedia({ actor: nobody, filters: mediaListFiltersSchema.parse({}) }))).code).toBe("FORBIDDEN");
    expect((await refusal(uploadMedia({ actor: nobody, file: { name: "x.jpg", bytes: photo }, storage }))).code).toBe("FORBIDDEN");
    expect((await refusal(getMediaForEditor({ actor: writer, mediaId: "00000000-0000-4000-8000-000000000000" }))).code).toBe("NOT_FOUND");
    expect((await refusal(getMediaForEditor({ actor: writer, mediaId: "not-an-id" }))).code).toBe("NOT_FOUND");
  });
});

describe("browsing", { timeout: 120_000 }, () => {
  test("search ignores diacritics; kind and uploader filter; pages follow each other without gaps", async () => {
    const mine = await users.create({ roles: ["WRITER"] });
    // Small enough for a single rendition width: this test is about the list, not the processing.
    const thumbnail = await sharp({ create: { width: 200, height: 150, channels: 3, background: "#8a2be2" } }).jpeg().toBuffer();
    const ids: string[] = [];
    for (let index = 0; index < 33; index++) ids.push((await uploadMedia({ actor: mine, file: { name: `Tây Nguyên ${index}.jpg`, bytes: thumbnail }, storage })).id);
    await uploadMedia({ actor: mine, file: { name: "Tây Nguyên báo cáo.pdf", bytes: Buffer.from("%PDF-1.4\n%%EOF") }, storage });

    const filters = (extra: Record<string, string>) => mediaListFiltersSchema.parse({ uploaderId: mine.id, ...extra });
    const first = await listMedia({ actor: editor, filters: filters({ q: "tay nguyen", kind: "IMAGE" }) });
    expect(first.items).toHaveLength(30);
    expect(first.items.every((item) => item.kind === "IMAGE" && item.thumbnailUrl?.endsWith(".webp"))).toBe(true);
    const second = await listMedia({ actor: editor, filters: filters({ q: "tay nguyen", kind: "IMAGE", cursor: first.nextCursor! }) });
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((item) => item.id))).toEqual(new Set(ids));

    const documents = await listMedia({ actor: editor, filters: filters({ q: "TÂY NGUYÊN", kind: "DOCUMENT" }) });
    expect(documents.items.map((item) => item.originalName)).toEqual(["Tây Nguyên báo cáo.pdf"]);
    const today = new Date().toLocaleDateString("en-CA", { timeZone: "Asia/Ho_Chi_Minh" });
    expect((await listMedia({ actor: editor, filters: filters({ from: today, to: today }) })).items).toHaveLength(30);
    expect((await listMedia({ actor: editor, filters: filters({ to: "2020-01-01" }) })).items).toEqual([]);
  });
});
