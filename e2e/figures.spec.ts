import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { test, expect, saveNewArticle, typeBody, uniqueTitle, workflowPanel } from "./fixtures";

let folder: string;

test.beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "newsroom-e2e-figures-"));
});
test.afterAll(() => rm(folder, { recursive: true, force: true }));

/** A 1600 × 1000 JPEG with something in it, under a name no other run uses. */
async function photo(stem: string): Promise<string> {
  const file = path.join(folder, `${stem}-${Date.now().toString(36)}.jpg`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><rect width="1600" height="1000" fill="#7a3b1d"/>
    <circle cx="520" cy="500" r="260" fill="#d9a441"/><circle cx="1100" cy="480" r="200" fill="#c58a2c"/></svg>`;
  await writeFile(file, await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer());
  return file;
}

test("a figure uploaded from the editor reaches readers with srcset, size, caption and credit once it has alt text; the library then keeps it", async ({ signedIn, browser }) => {
  const title = uniqueTitle("Lễ hội cồng chiêng Tây Nguyên");
  const file = await photo("cong-chieng");
  const fileName = path.basename(file);

  // The writer uploads through the picker and the figure goes in with the chosen image.
  const writer = await signedIn("writer");
  await writer.goto("/admin/articles/new");
  await writer.getByLabel("Article language").selectOption("vi");
  await writer.getByLabel("Title", { exact: true }).fill(title);
  await typeBody(writer, "Không gian văn hóa cồng chiêng Tây Nguyên.");
  const toolbar = writer.getByRole("toolbar", { name: "Text formatting" });
  await toolbar.getByRole("button", { name: "Insert", exact: true }).click();
  await writer.getByRole("menu", { name: "Insert a block" }).getByRole("menuitem", { name: "Image", exact: true }).click();

  const picker = writer.getByRole("dialog", { name: "Choose an image from the library" });
  await expect(picker).toBeVisible();
  await expect(picker.getByLabel("Search the image library")).toBeFocused();
  // Escape closes it; the toolbar button opens it again.
  await writer.keyboard.press("Escape");
  await expect(picker).toHaveCount(0);
  await toolbar.getByRole("button", { name: "Image", exact: true }).click();
  await expect(picker).toBeVisible();

  const chooser = writer.waitForEvent("filechooser");
  await picker.getByRole("button", { name: "Upload new…" }).click();
  await (await chooser).setFiles(file);
  await expect(picker).toHaveCount(0, { timeout: 30_000 });

  const figure = writer.getByRole("figure", { name: /^Image in the story/ });
  await expect(figure.getByText(fileName)).toBeVisible();
  await expect(figure.getByText("Alt text is required before publishing.")).toBeVisible();
  await figure.getByLabel("Caption in this story").fill("Lễ hội cồng chiêng");
  await figure.getByLabel("Credit in this story").fill("Ảnh: Nguyễn Hồng");
  await saveNewArticle(writer);
  const articleUrl = writer.url();
  await expect(writer.getByRole("figure", { name: /^Image in the story/ }).getByLabel("Caption in this story")).toHaveValue("Lễ hội cồng chiêng");
  await workflowPanel(writer).getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByText("Moved to “In review”.")).toBeVisible();

  const editor = await signedIn("editor");
  await editor.goto(articleUrl);
  await workflowPanel(editor).getByRole("button", { name: "Approve" }).click();
  await expect(editor.getByText("Moved to “Approved”.")).toBeVisible();

  // The chief cannot publish an image without alt text: told which file, and nothing moves.
  const chief = await signedIn("chief");
  await chief.goto(articleUrl);
  const slug = await chief.getByLabel("Slug").inputValue();
  await workflowPanel(chief).getByRole("button", { name: "Publish" }).click();
  await expect(chief.getByText(`Not published: images need alt text before publishing — “${fileName}”`, { exact: false })).toBeVisible();
  await expect(chief.getByText("Moved to “Published”.")).toHaveCount(0);
  const reader = await (await browser.newContext()).newPage();
  expect((await reader.goto(`/vi/bai-viet/${slug}`))?.status()).toBe(404);

  // The writer describes the photo in the library; now it publishes.
  await writer.goto(`/admin/media?q=${encodeURIComponent(fileName.replace(/\.jpg$/, ""))}`);
  await writer.getByRole("list", { name: "Library items" }).getByRole("link", { name: fileName }).click();
  await writer.getByLabel("Alt text", { exact: true }).fill("Nghệ nhân Ê Đê đánh cồng trong lễ hội");
  await writer.getByRole("button", { name: "Save" }).click();
  await expect(writer.getByText("Description saved.")).toBeVisible();
  const libraryItemUrl = writer.url();

  await chief.reload();
  await workflowPanel(chief).getByRole("button", { name: "Publish" }).click();
  await expect(chief.getByText("Moved to “Published”.")).toBeVisible();

  // Readers get a responsive picture with its size, caption and credit.
  expect((await reader.goto(`/vi/bai-viet/${slug}`))?.status()).toBe(200);
  const published = reader.locator(".article-body figure.story-figure");
  await expect(published).toHaveCount(1);
  const image = published.getByRole("img", { name: "Nghệ nhân Ê Đê đánh cồng trong lễ hội" });
  await expect(image).toHaveAttribute("width", "1600");
  await expect(image).toHaveAttribute("height", "1000");
  await expect(image).toHaveAttribute("loading", "lazy");
  await expect(image).toHaveAttribute("srcset", /\/w960\.jpg 960w/);
  await expect(published.locator('source[type="image/webp"]')).toHaveAttribute("srcset", /\/w320\.webp 320w, .*\/w1600\.webp 1600w/);
  await expect(published.locator('source[type="image/avif"]')).toHaveAttribute("srcset", /\/w640\.avif 640w/);
  await expect(published.locator("figcaption")).toHaveText("Lễ hội cồng chiêng Ảnh: Nguyễn Hồng");
  await expect(published.locator("figcaption .credit")).toHaveText("Ảnh: Nguyễn Hồng");
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)).toBe(true);

  // The library knows where the photo is published and keeps it while the story is up.
  await writer.goto(libraryItemUrl);
  await expect(writer.getByRole("region", { name: "Published in" }).getByRole("link", { name: title })).toBeVisible();
  await writer.getByRole("button", { name: "Delete from the library" }).click();
  await writer.getByRole("button", { name: "Delete for good" }).click();
  await expect(writer.getByText(`This cannot be deleted: the published story “${title}” shows it.`, { exact: false })).toBeVisible();
  await writer.reload();
  await expect(writer.getByRole("heading", { level: 1, name: fileName })).toBeVisible();
});
