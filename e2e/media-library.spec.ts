import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { request as playwrightRequest, type Page } from "@playwright/test";
import sharp from "sharp";
import { test, expect } from "./fixtures";
import { BASE_URL } from "./server";

let folder: string;

test.beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "newsroom-e2e-media-"));
});
test.afterAll(() => rm(folder, { recursive: true, force: true }));

/** A landscape drawn at the given size: a picture with something in it, so previews and crops can be judged. */
function landscape(width: number, height: number): Buffer {
  return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 160 100" preserveAspectRatio="none">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8ec5ff"/><stop offset="1" stop-color="#fde2b8"/></linearGradient></defs>
    <rect width="160" height="100" fill="url(#sky)"/><circle cx="118" cy="30" r="11" fill="#ffcf5a"/>
    <path d="M0 70 Q40 45 80 66 T160 60 V100 H0Z" fill="#3f7d4e"/><path d="M0 82 Q50 70 100 84 T160 80 V100 H0Z" fill="#2b5a37"/>
    <rect x="34" y="56" width="14" height="16" fill="#b3412f"/><path d="M31 57 L41 48 L51 57Z" fill="#6b2a1f"/></svg>`);
}

/** A real photo-sized file on disk, named so no other test or run has it. */
async function imageFile(stem: string, format: "jpeg" | "png", width: number, height: number): Promise<string> {
  const file = path.join(folder, `${stem}-${randomUUID().slice(0, 8)}.${format === "jpeg" ? "jpg" : "png"}`);
  const image = sharp(landscape(width, height));
  await writeFile(file, await (format === "jpeg" ? image.jpeg({ quality: 85 }) : image.png()).toBuffer());
  return file;
}

async function chooseFiles(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Choose files…" }).click();
  await (await chooser).setFiles(files);
}

/** Uploads through the API as the page's person; answers the new item's id. */
async function uploadThroughApi(page: Page, file: string): Promise<string> {
  const response = await page.request.post("/api/media", {
    headers: { Origin: BASE_URL },
    multipart: { file: { name: path.basename(file), mimeType: "image/jpeg", buffer: await readFile(file) } },
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { data: { id: string } }).data.id;
}

const uploads = (page: Page) => page.getByRole("list", { name: "Uploads" });
const library = (page: Page) => page.getByRole("list", { name: "Library items" });
const focalPointValue = (page: Page) => page.getByText(/^\d+% from the left, \d+% from the top$/);

test("a writer uploads two photos at once, finds them in the library and describes one", async ({ signedIn }) => {
  const writer = await signedIn("writer");
  const photo = await imageFile("ho-guom", "jpeg", 1600, 1000);
  const drawing = await imageFile("so-do", "png", 900, 600);
  const [photoName, drawingName] = [path.basename(photo), path.basename(drawing)];

  await writer.goto("/admin/media");
  await expect(writer.getByRole("heading", { level: 1, name: "Media library" })).toBeVisible();
  await expect(writer.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Media" })).toHaveAttribute("aria-current", "page");
  await chooseFiles(writer, [photo, drawing]);

  for (const name of [photoName, drawingName]) {
    await expect(uploads(writer).getByRole("link", { name: `Open ${name}` })).toBeVisible({ timeout: 30_000 });
    await expect(uploads(writer).getByRole("progressbar", { name: `Upload progress of ${name}` })).toHaveJSProperty("value", 100);
  }
  await expect(writer.getByRole("status").filter({ hasText: "Finished: 2 uploaded, 0 not uploaded." })).toBeAttached();

  // The list refreshes itself: both are in the grid, with their size and a warning about the missing alt text.
  const card = library(writer).getByRole("listitem").filter({ hasText: photoName });
  await expect(card).toBeVisible();
  await expect(library(writer).getByRole("link", { name: drawingName })).toBeVisible();
  await expect(card.getByText("1,600 × 1,000 px")).toBeVisible();
  await expect(card.getByText("No alt text")).toBeVisible();
  await expect(card.locator("img")).toHaveAttribute("width", "1600");
  await expect(card.locator("img")).toHaveAttribute("height", "1000");

  await card.getByRole("link", { name: photoName }).click();
  await expect(writer).toHaveURL(/\/admin\/media\/[0-9a-f-]{36}$/);
  await expect(writer.getByRole("heading", { level: 1, name: photoName })).toBeVisible();
  const facts = writer.getByRole("region", { name: "File" });
  await expect(facts.getByText("Image · JPEG")).toBeVisible();
  await expect(facts.getByText("1,600 × 1,000 px")).toBeVisible();
  await expect(writer.getByText("No published story shows this item.")).toBeVisible();

  await writer.getByLabel("Alt text", { exact: true }).fill("Tháp Rùa giữa Hồ Gươm trong sương sớm");
  await writer.getByLabel("Caption", { exact: true }).fill("Hồ Gươm, Hà Nội, sáng 2/9.");
  await writer.getByLabel("Credit", { exact: true }).fill("Ảnh: Nguyễn Hồng");
  await writer.getByLabel("Source", { exact: true }).fill("TTXVN");
  await writer.getByLabel("License / usage note", { exact: true }).fill("Dùng cho tin bài của Bộ, không bán lại.");

  // The focal point: a click on the picture, then one step with the keyboard.
  const picker = writer.getByRole("button", { name: /^Focal point:/ });
  const box = (await picker.boundingBox())!;
  await picker.click({ position: { x: box.width * 0.25, y: box.height * 0.7 } });
  await expect(focalPointValue(writer)).toHaveText(/^2[4-6]% from the left, (69|70|71)% from the top$/);
  await picker.press("ArrowRight");
  const chosen = (await focalPointValue(writer).textContent())!;
  expect(chosen).toMatch(/^2[5-7]% from the left/);

  await writer.getByRole("button", { name: "Save" }).click();
  await expect(writer.getByText("Description saved.")).toBeVisible();

  await writer.reload();
  await expect(writer.getByLabel("Alt text", { exact: true })).toHaveValue("Tháp Rùa giữa Hồ Gươm trong sương sớm");
  await expect(writer.getByLabel("Caption", { exact: true })).toHaveValue("Hồ Gươm, Hà Nội, sáng 2/9.");
  await expect(writer.getByLabel("Credit", { exact: true })).toHaveValue("Ảnh: Nguyễn Hồng");
  await expect(writer.getByLabel("Source", { exact: true })).toHaveValue("TTXVN");
  await expect(writer.getByLabel("License / usage note", { exact: true })).toHaveValue("Dùng cho tin bài của Bộ, không bán lại.");
  await expect(focalPointValue(writer)).toHaveText(chosen);

  // Described now: found by its alt text, without the warning.
  await writer.goto(`/admin/media?q=${encodeURIComponent("thap rua")}`);
  const described = library(writer).getByRole("listitem").filter({ hasText: photoName });
  await expect(described).toBeVisible();
  await expect(described.getByText("No alt text")).toHaveCount(0);
  await expect(described.getByRole("img", { name: "Tháp Rùa giữa Hồ Gươm trong sương sớm" })).toBeVisible();
});

test("a text file renamed .jpg and an empty file are refused with the reason, and nothing is added", async ({ signedIn }) => {
  const writer = await signedIn("writer");
  const stem = `khong-phai-anh-${randomUUID().slice(0, 8)}`;
  const fake = path.join(folder, `${stem}.jpg`);
  const empty = path.join(folder, `${stem}-rong.jpg`);
  await writeFile(fake, "<script>alert('not a photo')</script>\n");
  await writeFile(empty, "");

  await writer.goto("/admin/media");
  await chooseFiles(writer, [fake, empty]);
  const fakeRow = uploads(writer).getByRole("listitem").filter({ hasText: `${stem}.jpg` });
  const emptyRow = uploads(writer).getByRole("listitem").filter({ hasText: `${stem}-rong.jpg` });
  await expect(fakeRow.getByText("This file type is not supported. Upload a JPEG, PNG, WebP, GIF or AVIF image, or a PDF document.")).toBeVisible();
  await expect(emptyRow.getByText("The file is empty.")).toBeVisible();
  for (const row of [fakeRow, emptyRow]) {
    await expect(row.getByText("Not uploaded")).toBeVisible();
    await expect(row.getByRole("link")).toHaveCount(0);
  }
  await expect(writer.getByRole("status").filter({ hasText: "Finished: 0 uploaded, 2 not uploaded." })).toBeAttached();

  await writer.goto(`/admin/media?q=${stem}`);
  await expect(writer.getByText("No item matches these filters.")).toBeVisible();
});

test("a save over a version someone saved meanwhile is refused and keeps what was typed", async ({ signedIn }) => {
  const writer = await signedIn("writer");
  const id = await uploadThroughApi(writer, await imageFile("phong-hop", "jpeg", 800, 600));
  await writer.goto(`/admin/media/${id}`);
  const secondTab = await writer.context().newPage();
  await secondTab.goto(`/admin/media/${id}`);

  await writer.getByLabel("Caption", { exact: true }).fill("Phòng họp báo quốc tế.");
  await writer.getByRole("button", { name: "Save" }).click();
  await expect(writer.getByText("Description saved.")).toBeVisible();

  await secondTab.getByLabel("Caption", { exact: true }).fill("Chú thích ở tab thứ hai.");
  await secondTab.getByRole("button", { name: "Save" }).click();
  await expect(secondTab.getByText("Someone else changed this item meanwhile. Reload the page and try again.")).toBeVisible();
  await expect(secondTab.getByLabel("Caption", { exact: true })).toHaveValue("Chú thích ở tab thứ hai.");
});

test("a writer deletes their own upload after confirming; its files are gone at once", async ({ signedIn }) => {
  const writer = await signedIn("writer");
  const file = await imageFile("xoa-thu", "jpeg", 700, 500);
  const id = await uploadThroughApi(writer, file);
  await writer.goto(`/admin/media/${id}`);
  const fileUrl = (await writer.getByRole("link", { name: /Open the original file/ }).getAttribute("href"))!;

  await writer.getByRole("button", { name: "Delete from the library" }).click();
  await expect(writer.getByText(`Delete “${path.basename(file)}” and all its renditions for good?`)).toBeVisible();
  await writer.getByRole("button", { name: "Cancel" }).click();
  await writer.getByRole("button", { name: "Delete from the library" }).click();
  await writer.getByRole("button", { name: "Delete for good" }).click();

  await expect(writer).toHaveURL(/\/admin\/media$/);
  await expect(library(writer).getByRole("link", { name: path.basename(file) })).toHaveCount(0);
  expect((await writer.request.get(fileUrl)).status()).toBe(404);
  expect((await writer.goto(`/admin/media/${id}`))?.status()).toBe(404);
});

test("the library's files are public, immutable and never sniffed; unknown keys answer 404", async ({ signedIn }) => {
  const writer = await signedIn("writer");
  const id = await uploadThroughApi(writer, await imageFile("cong-khai", "jpeg", 1000, 700));
  await writer.goto(`/admin/media/${id}`);
  const rendition = (await writer.getByRole("button", { name: /^Focal point:/ }).locator("img").getAttribute("src"))!;
  expect(rendition).toMatch(/^\/media\/\d{4}\/\d{2}\/[0-9a-f-]{36}\/w960\.webp$/);

  const anonymous = await playwrightRequest.newContext({ baseURL: BASE_URL });
  const response = await anonymous.get(rendition);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/webp");
  expect(response.headers()["cache-control"]).toContain("immutable");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");

  const unknown = rendition.replace(/[0-9a-f-]{36}/, randomUUID());
  expect((await anonymous.get(unknown)).status()).toBe(404);
  expect((await anonymous.get("/media/2024/01/not-a-key.webp")).status()).toBe(404);
  await anonymous.dispose();
});

test("a press officer can use the library; someone else's item is read-only; unknown ids are 404", async ({ signedIn }) => {
  const press = await signedIn("press");
  expect((await press.goto("/admin/media"))?.status()).toBe(200);
  await expect(press.getByRole("heading", { level: 1, name: "Media library" })).toBeVisible();
  await expect(press.getByRole("button", { name: "Choose files…" })).toBeVisible();
  const id = await uploadThroughApi(press, await imageFile("doan-tham", "jpeg", 640, 480));

  const writer = await signedIn("writer");
  await writer.goto(`/admin/media/${id}`);
  await expect(writer.getByText("You can only view this item: its uploader and the editors can change it.")).toBeVisible();
  await expect(writer.getByRole("button", { name: "Save" })).toHaveCount(0);
  await expect(writer.getByRole("button", { name: "Delete from the library" })).toHaveCount(0);

  expect((await writer.goto(`/admin/media/${randomUUID()}`))?.status()).toBe(404);
  expect((await writer.goto("/admin/media/not-an-id"))?.status()).toBe(404);
});

test("anonymous visitors are sent to sign in, and the upload API refuses them and other sites", async ({ signedIn }) => {
  const anonymous = await playwrightRequest.newContext({ baseURL: BASE_URL });
  for (const target of ["/admin/media", `/admin/media/${randomUUID()}`]) {
    const response = await anonymous.get(target, { maxRedirects: 0 });
    expect(response.status(), target).toBe(307);
    expect(new URL(response.headers()["location"], BASE_URL).pathname, target).toBe("/signin");
  }

  const photo = { name: "anh.jpg", mimeType: "image/jpeg", buffer: await sharp({ create: { width: 10, height: 10, channels: 3, background: "#fff" } }).jpeg().toBuffer() };
  const unauthenticated = await anonymous.post("/api/media", { headers: { Origin: BASE_URL }, multipart: { file: photo } });
  expect(unauthenticated.status()).toBe(401);
  expect(await unauthenticated.json()).toMatchObject({ error: { code: "UNAUTHENTICATED" } });
  await anonymous.dispose();

  // CSRF: the writer's own cookies, sent by a page on another site.
  const writer = await signedIn("writer");
  const crossSite = await writer.request.post("/api/media", { headers: { Origin: "https://evil.example" }, multipart: { file: photo } });
  expect(crossSite.status()).toBe(403);
  expect(await crossSite.json()).toMatchObject({ error: { code: "FORBIDDEN" } });
});
