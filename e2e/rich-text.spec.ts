import { test, expect, saveNewArticle, typeBody, uniqueTitle, workflowPanel, seriousViolations } from "./fixtures";

/** A story the seed publishes in Vietnamese (prisma/seed-data/stories-central-highlands.ts). */
const RELATED_TITLE = "Phóng viên nước ngoài thường trú tìm hiểu cà phê và văn hóa cồng chiêng Đắk Lắk";

test("a writer's table, footnote, video and related news reach readers: notes linked both ways, no player before the click", async ({ signedIn, browser }) => {
  const title = uniqueTitle("Họp báo thường kỳ Bộ Ngoại giao");

  // The writer builds the story with the toolbar and the Insert menu.
  const writer = await signedIn("writer");
  await writer.goto("/admin/articles/new");
  await writer.getByLabel("Article language").selectOption("vi");
  await writer.getByLabel("Title", { exact: true }).fill(title);
  await typeBody(writer, "Theo Kết luận 57");
  const toolbar = writer.getByRole("toolbar", { name: "Text formatting" });
  await toolbar.getByRole("button", { name: "Footnote" }).click();
  await writer.getByLabel("Footnote text").fill("Kết luận số 57-KL/TW ngày 15 tháng 6 năm 2023.");
  await writer.getByRole("button", { name: "Add footnote" }).click();
  await writer.keyboard.type(", 13 chuyến công tác đã được tổ chức.");

  await toolbar.getByRole("button", { name: "YouTube/Vimeo video" }).click();
  await writer.getByLabel("YouTube or Vimeo video address").fill("https://example.org/watch?v=dQw4w9WgXcQ");
  await writer.getByRole("button", { name: "Insert video" }).click();
  await expect(writer.getByText("Only youtube.com/watch?v=…", { exact: false })).toBeVisible();
  await writer.getByLabel("YouTube or Vimeo video address").fill("https://youtu.be/dQw4w9WgXcQ");
  await writer.getByLabel("Video title (optional)").fill("Họp báo thường kỳ tháng 9");
  await writer.getByRole("button", { name: "Insert video" }).click();

  // Related news: the picker searches published stories only.
  await toolbar.getByRole("button", { name: "Related news" }).click();
  await writer.getByLabel("Search published stories by title").fill("cồng chiêng Đắk Lắk");
  await writer.getByRole("button", { name: `Add: ${RELATED_TITLE}` }).click();
  await expect(writer.getByRole("button", { name: `Remove “${RELATED_TITLE}”` })).toBeVisible();

  await toolbar.getByRole("button", { name: "Insert", exact: true }).click();
  const menu = writer.getByRole("menu", { name: "Insert a block" });
  await expect(menu.getByRole("menuitem").first()).toBeFocused();
  await menu.getByRole("menuitem", { name: "Table" }).click();
  await expect(writer.getByRole("group", { name: "Table tools" })).toBeVisible();
  for (const cell of ["Tỉnh", "Số chuyến", "Đắk Lắk", "13"]) {
    await writer.keyboard.type(cell);
    await writer.keyboard.press("Tab");
  }
  await expect(writer.getByRole("status", { name: "Length of the story" })).toContainText("words");

  expect(await seriousViolations(writer)).toEqual([]);

  await saveNewArticle(writer);
  await workflowPanel(writer).getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByText("Moved to “In review”.")).toBeVisible();
  const articleUrl = writer.url();

  // The desk approves and publishes.
  const editor = await signedIn("editor");
  await editor.goto(articleUrl);
  await workflowPanel(editor).getByRole("button", { name: "Approve" }).click();
  await expect(editor.getByText("Moved to “Approved”.")).toBeVisible();
  const chief = await signedIn("chief");
  await chief.goto(articleUrl);
  const slug = await chief.getByLabel("Slug").inputValue();
  await workflowPanel(chief).getByRole("button", { name: "Publish" }).click();
  await expect(chief.getByText("Moved to “Published”.")).toBeVisible();

  // A reader sees the table, the footnote linked both ways, and a video that loads only on request.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const videoRequests: string[] = [];
  reader.on("request", (request) => {
    if (/youtube|vimeo/.test(new URL(request.url()).hostname)) videoRequests.push(request.url());
  });
  expect((await reader.goto(`/vi/bai-viet/${slug}`))?.status()).toBe(200);
  await expect(reader.getByRole("columnheader", { name: "Tỉnh" })).toBeVisible();
  await expect(reader.getByRole("cell", { name: "13" })).toBeVisible();

  const related = reader.getByRole("complementary", { name: "Tin liên quan" });
  await expect(related.getByRole("link", { name: RELATED_TITLE })).toHaveAttribute("href", /^\/vi\/bai-viet\//);

  const reference = reader.locator('a[role="doc-noteref"]');
  await expect(reference).toHaveText("1");
  await reference.click();
  await expect(reader).toHaveURL(/#note-1$/);
  const notes = reader.getByRole("region", { name: "Chú thích" });
  await expect(notes.getByText("Kết luận số 57-KL/TW ngày 15 tháng 6 năm 2023.")).toBeVisible();
  await notes.getByRole("link", { name: "Quay lại vị trí chú thích 1" }).click();
  await expect(reader).toHaveURL(/#note-ref-1$/);

  await expect(reader.locator("iframe")).toHaveCount(0);
  expect(videoRequests).toEqual([]);
  expect(await seriousViolations(reader)).toEqual([]);
  const play = reader.getByRole("button", { name: "Phát video: Họp báo thường kỳ tháng 9" });
  await play.focus();
  await reader.keyboard.press("Enter");
  const player = reader.locator("iframe");
  await expect(player).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0");
  await expect(player).toHaveAttribute("title", "Họp báo thường kỳ tháng 9");
  await readerContext.close();
});
