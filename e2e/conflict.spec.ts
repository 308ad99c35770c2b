import { test, expect, saveNewArticle, typeBody, uniqueTitle, workflowPanel } from "./fixtures";

test("a save over a version someone saved meanwhile is refused and keeps the unsaved text", async ({ signedIn }) => {
  const writer = await signedIn("writer");
  const title = uniqueTitle("Họp báo thường kỳ");
  await writer.goto("/admin/articles/new");
  await writer.getByLabel("Title", { exact: true }).fill(title);
  await saveNewArticle(writer);
  const articleUrl = writer.url();

  // The same story open in a second tab: both start from version 1.
  const secondTab = await writer.context().newPage();
  await secondTab.goto(articleUrl);
  await expect(secondTab.getByText("Version 1", { exact: true })).toBeVisible();

  await writer.getByLabel("Sapo (lead)").fill("Người phát ngôn Bộ Ngoại giao trả lời câu hỏi của phóng viên.");
  await writer.getByRole("button", { name: "Save" }).click();
  await expect(writer.getByText("Saved.")).toBeVisible();
  await expect(writer.getByText("Version 2", { exact: true })).toBeVisible();

  const unsaved = "Đoạn văn chưa lưu ở tab thứ hai.";
  await secondTab.getByLabel("Title", { exact: true }).fill(`${title} (bản sửa)`);
  await typeBody(secondTab, unsaved);
  await secondTab.getByRole("button", { name: "Save" }).click();

  await expect(secondTab.getByText(/Someone else saved this article meanwhile \(version 2\)/)).toBeVisible();
  await expect(secondTab.getByRole("link", { name: /Open the latest version/ })).toBeVisible();
  await expect(secondTab.getByLabel("Title", { exact: true })).toHaveValue(`${title} (bản sửa)`);
  await expect(secondTab.getByRole("textbox", { name: "Body" })).toContainText(unsaved);
  await expect(secondTab.getByText("Unsaved changes", { exact: true })).toBeVisible();

  // The winner's text is what the database holds.
  await writer.reload();
  await expect(writer.getByLabel("Title", { exact: true })).toHaveValue(title);
  await expect(writer.getByLabel("Sapo (lead)")).toHaveValue("Người phát ngôn Bộ Ngoại giao trả lời câu hỏi của phóng viên.");
  await expect(writer.getByRole("textbox", { name: "Body" })).not.toContainText(unsaved);

  // A workflow step from the stale tab is refused the same way.
  await workflowPanel(secondTab).getByRole("button", { name: "Submit for review" }).click();
  await expect(secondTab.getByText(/Someone else saved this article meanwhile/)).toBeVisible();
  await writer.reload();
  await expect(workflowPanel(writer).getByText("Draft")).toBeVisible();
});
