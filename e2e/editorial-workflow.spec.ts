import { test, expect, openArticle, saveNewArticle, typeBody, uniqueTitle, workflowPanel } from "./fixtures";

test("a story goes from a writer's draft through review to readers on /vi", async ({ signedIn, browser }) => {
  const title = uniqueTitle("Phóng viên nước ngoài thăm Đắk Lắk");

  // The writer drafts the story in Vietnamese and submits it.
  const writer = await signedIn("writer");
  await writer.goto("/admin/articles/new");
  await writer.getByLabel("Article language").selectOption("vi");
  await writer.getByLabel("Title", { exact: true }).fill(title);
  await writer.getByLabel("Sapo (lead)").fill("Chuyến công tác từ ngày 16 đến 18 tháng 9 năm 2023.");
  await typeBody(writer, "Các phóng viên thường trú đã tìm hiểu văn hóa cồng chiêng Tây Nguyên.");
  await saveNewArticle(writer);
  const articleUrl = writer.url();
  await expect(workflowPanel(writer).getByRole("button", { name: "Publish" })).toHaveCount(0);
  await workflowPanel(writer).getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByText("Moved to “In review”.")).toBeVisible();

  // The editor sends it back: a note is required and reaches the writer.
  const editor = await signedIn("editor");
  await openArticle(editor, title);
  const editorPanel = workflowPanel(editor);
  await expect(editorPanel.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await editorPanel.getByRole("button", { name: "Request changes" }).click();
  await expect(editorPanel.getByText("Please say what needs to change.")).toBeVisible();
  await editorPanel.getByLabel("Note").fill("Bổ sung nguồn trích dẫn Kết luận 57-KL/TW.");
  await editorPanel.getByRole("button", { name: "Request changes" }).click();
  await expect(editor.getByText("Moved to “Changes requested”.")).toBeVisible();

  // The writer revises and resubmits.
  await writer.goto(articleUrl);
  await expect(writer.getByRole("region", { name: "History" }).getByText("Bổ sung nguồn trích dẫn Kết luận 57-KL/TW.")).toBeVisible();
  await typeBody(writer, " Theo Kết luận số 57-KL/TW ngày 15/6/2023.");
  await writer.getByRole("button", { name: "Save" }).click();
  await expect(writer.getByText("Saved.")).toBeVisible();
  await workflowPanel(writer).getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByText("Moved to “In review”.")).toBeVisible();

  // The editor approves for the chief.
  await editor.goto(articleUrl);
  await workflowPanel(editor).getByRole("button", { name: "Approve" }).click();
  await expect(editor.getByText("Moved to “Approved”.")).toBeVisible();

  // Before publication a reader finds nothing at the story's address.
  const reader = await browser.newPage();
  const chief = await signedIn("chief");
  await chief.goto(articleUrl);
  const slug = await chief.getByLabel("Slug").inputValue();
  expect(slug).toMatch(/^phong-vien-nuoc-ngoai-tham-dak-lak-/);
  const before = await reader.goto(`/vi/bai-viet/${slug}`);
  expect(before?.status()).toBe(404);

  // The chief publishes; an anonymous reader sees the story.
  await workflowPanel(chief).getByRole("button", { name: "Publish" }).click();
  await expect(chief.getByText("Moved to “Published”.")).toBeVisible();

  const response = await reader.goto(`/vi/bai-viet/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(reader.getByText("Theo Kết luận số 57-KL/TW ngày 15/6/2023.")).toBeVisible();
  await expect(reader.locator("html")).toHaveAttribute("lang", "vi");
  await reader.goto("/vi");
  await expect(reader.getByRole("link", { name: title })).toBeVisible();

  // The timeline shows every step with who took it.
  const history = chief.getByRole("region", { name: "History" });
  await chief.reload();
  for (const step of ["Draft → In review", "In review → Changes requested", "Changes requested → In review", "In review → Approved", "Approved → Published"]) {
    await expect(history.getByText(step, { exact: false }).first()).toBeVisible();
  }

  // An edit to the published story starts a new revision; readers keep the published text.
  await editor.goto(articleUrl);
  await typeBody(editor, " Đoạn bổ sung chưa được duyệt.");
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByText("Saved.")).toBeVisible();
  await expect(editor.getByText("Readers see the published text", { exact: false })).toBeVisible();
  expect((await reader.goto(`/vi/bai-viet/${slug}`))?.status()).toBe(200);
  await expect(reader.getByText("Theo Kết luận số 57-KL/TW ngày 15/6/2023.")).toBeVisible();
  await expect(reader.getByText("Đoạn bổ sung chưa được duyệt.")).toHaveCount(0);

  // The chief takes the story down from its revision; readers get a 404 at once.
  await chief.goto(articleUrl);
  await workflowPanel(chief).getByRole("button", { name: "Unpublish" }).click();
  await expect(chief.getByText("Moved to “Unpublished”.")).toBeVisible();
  expect((await reader.goto(`/vi/bai-viet/${slug}`))?.status()).toBe(404);
  await reader.goto("/vi");
  await expect(reader.getByRole("link", { name: title })).toHaveCount(0);
  await reader.close();
});

test("a writer is offered no publish or review control, and an editor none to publish", async ({ signedIn }) => {
  const writer = await signedIn("writer");
  await writer.goto("/admin/articles/new");
  await writer.getByLabel("Title", { exact: true }).fill(uniqueTitle("Writer controls"));
  await saveNewArticle(writer);
  const panel = workflowPanel(writer);
  await expect(panel.getByRole("button", { name: "Submit for review" })).toBeVisible();
  for (const name of ["Publish", "Approve", "Request changes", "Unpublish"]) {
    await expect(panel.getByRole("button", { name })).toHaveCount(0);
  }
  await panel.getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByText("Moved to “In review”.")).toBeVisible();
  await expect(panel.getByRole("button")).toHaveCount(0);
  await expect(panel.getByText("There is no step you can take in this state.")).toBeVisible();
});
