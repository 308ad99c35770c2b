import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { test, expect, saveNewArticle, typeBody, uniqueTitle, workflowPanel } from "./fixtures";

/**
 * Issue 3's acceptance in one journey: a writer builds a rich story (figure
 * uploaded from the editor with caption and credit, footnote, table, video,
 * related news), the editor compares two revisions and restores the older
 * one, the desk publishes, and a reader gets the responsive figure, footnotes
 * linked both ways and a video that loads only on request.
 */

/** A story the seed publishes in Vietnamese (prisma/seed-data/stories-central-highlands.ts). */
const RELATED_TITLE = "Phóng viên nước ngoài thường trú tìm hiểu cà phê và văn hóa cồng chiêng Đắk Lắk";

let folder: string;
test.beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "newsroom-e2e-journey-"));
});
test.afterAll(() => rm(folder, { recursive: true, force: true }));

async function photo(): Promise<string> {
  const file = path.join(folder, `hoi-nghi-${Date.now().toString(36)}.jpg`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1400" height="900"><rect width="1400" height="900" fill="#1d4e7a"/>
    <rect x="200" y="300" width="1000" height="400" fill="#e8d5a9"/><circle cx="700" cy="250" r="120" fill="#c8102e"/></svg>`;
  await writeFile(file, await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer());
  return file;
}

const toolbarOf = (page: Page) => page.getByRole("toolbar", { name: "Text formatting" });

test("a rich story: built by the writer, an older revision restored by the editor, published with its figure, notes and video", async ({ signedIn, browser }) => {
  const title = uniqueTitle("Hội nghị thông tin đối ngoại");
  const file = await photo();
  const writer = await signedIn("writer");
  await writer.goto("/admin/articles/new");
  await writer.getByLabel("Article language").selectOption("vi");
  await writer.getByLabel("Title", { exact: true }).fill(title);
  await typeBody(writer, "Theo Kết luận 57");
  const toolbar = toolbarOf(writer);

  // A footnote, then a table, a video and related news.
  await toolbar.getByRole("button", { name: "Footnote" }).click();
  await writer.getByLabel("Footnote text").fill("Kết luận số 57-KL/TW ngày 15 tháng 6 năm 2023.");
  await writer.getByRole("button", { name: "Add footnote" }).click();
  await writer.keyboard.type(" về công tác thông tin đối ngoại.");
  await toolbar.getByRole("button", { name: "Insert", exact: true }).click();
  await writer.getByRole("menu", { name: "Insert a block" }).getByRole("menuitem", { name: "Table" }).click();
  for (const cell of ["Năm", "Đoàn báo chí", "2023", "250"]) {
    await writer.keyboard.type(cell);
    await writer.keyboard.press("Tab");
  }
  await toolbar.getByRole("button", { name: "YouTube/Vimeo video" }).click();
  await writer.getByLabel("YouTube or Vimeo video address").fill("https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  await writer.getByLabel("Video title (optional)").fill("Toàn cảnh hội nghị");
  await writer.getByRole("button", { name: "Insert video" }).click();
  await toolbar.getByRole("button", { name: "Related news" }).click();
  await writer.getByLabel("Search published stories by title").fill("cồng chiêng Đắk Lắk");
  await writer.getByRole("button", { name: `Add: ${RELATED_TITLE}` }).click();

  // A figure uploaded from the editor, with caption, credit and this story's alt text.
  await toolbar.getByRole("button", { name: "Image", exact: true }).click();
  const picker = writer.getByRole("dialog", { name: "Choose an image from the library" });
  const chooser = writer.waitForEvent("filechooser");
  await picker.getByRole("button", { name: "Upload new…" }).click();
  await (await chooser).setFiles(file);
  await expect(picker).toHaveCount(0, { timeout: 30_000 });
  const figure = writer.getByRole("figure", { name: /^Image in the story/ });
  await figure.getByLabel("Caption in this story").fill("Quang cảnh hội nghị");
  await figure.getByLabel("Credit in this story").fill("Ảnh: Nguyễn Hồng");
  await figure.getByLabel("Alt text in this story").fill("Đại biểu dự hội nghị thông tin đối ngoại");
  await saveNewArticle(writer);
  const articleUrl = writer.url();

  // A second save adds a sentence the editor will take back out.
  const extra = " Câu bổ sung chưa được kiểm chứng.";
  await typeBody(writer, extra);
  await writer.getByRole("button", { name: "Save" }).click();
  await expect(writer.getByText("Version 2", { exact: true })).toBeVisible();
  await workflowPanel(writer).getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByText("Moved to “In review”.")).toBeVisible();

  // The editor compares the two revisions and restores the first.
  const editor = await signedIn("editor");
  await editor.goto(articleUrl);
  await editor.getByRole("region", { name: "Revisions" }).getByRole("link", { name: "Compare", exact: true }).click();
  await expect(editor.getByLabel("From revision")).toHaveValue("1");
  await expect(editor.getByLabel("To revision")).toHaveValue("2");
  await expect(editor.getByRole("region", { name: "Body" }).locator("ins")).toContainText("Câu bổ sung chưa được kiểm chứng.");
  await editor.getByRole("button", { name: "Restore this revision (#1)" }).click();
  await editor.getByRole("button", { name: "Yes, restore" }).click();
  await expect(editor).toHaveURL(articleUrl);
  await expect(editor.getByRole("textbox", { name: "Body" })).not.toContainText("Câu bổ sung");
  await workflowPanel(editor).getByRole("button", { name: "Approve" }).click();
  await expect(editor.getByText("Moved to “Approved”.")).toBeVisible();

  const chief = await signedIn("chief");
  await chief.goto(articleUrl);
  const slug = await chief.getByLabel("Slug").inputValue();
  await workflowPanel(chief).getByRole("button", { name: "Publish" }).click();
  await expect(chief.getByText("Moved to “Published”.")).toBeVisible();

  // The reader's page.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const videoRequests: string[] = [];
  reader.on("request", (request) => {
    if (/youtube|vimeo/.test(new URL(request.url()).hostname)) videoRequests.push(request.url());
  });
  expect((await reader.goto(`/vi/bai-viet/${slug}`))?.status()).toBe(200);
  await expect(reader.getByText("Câu bổ sung")).toHaveCount(0);

  const published = reader.locator(".article-body figure.story-figure");
  const image = published.getByRole("img", { name: "Đại biểu dự hội nghị thông tin đối ngoại" });
  await expect(image).toHaveAttribute("width", "1400");
  await expect(image).toHaveAttribute("height", "900");
  await expect(published.locator('source[type="image/avif"]')).toHaveAttribute("srcset", /w320\.avif 320w/);
  await expect(published.locator('source[type="image/webp"]')).toHaveAttribute("srcset", /w1400\.webp 1400w/);
  await expect(published.locator("figcaption")).toHaveText("Quang cảnh hội nghị Ảnh: Nguyễn Hồng");

  await expect(reader.getByRole("columnheader", { name: "Đoàn báo chí" })).toBeVisible();
  await expect(reader.getByRole("complementary", { name: "Tin liên quan" }).getByRole("link", { name: RELATED_TITLE })).toBeVisible();

  await reader.locator('a[role="doc-noteref"]').click();
  await expect(reader).toHaveURL(/#note-1$/);
  const notes = reader.getByRole("region", { name: "Chú thích" });
  await expect(notes.getByText("Kết luận số 57-KL/TW ngày 15 tháng 6 năm 2023.")).toBeVisible();
  await notes.getByRole("link", { name: "Quay lại vị trí chú thích 1" }).click();
  await expect(reader).toHaveURL(/#note-ref-1$/);

  await expect(reader.locator("iframe")).toHaveCount(0);
  expect(videoRequests).toEqual([]);
  await reader.getByRole("button", { name: "Phát video: Toàn cảnh hội nghị" }).click();
  await expect(reader.locator("iframe")).toHaveAttribute("src", /^https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ/);
  await readerContext.close();
});
