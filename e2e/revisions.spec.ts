import type { Page } from "@playwright/test";
import { test, expect, saveNewArticle, typeBody, uniqueTitle } from "./fixtures";

function revisionsPanel(page: Page) {
  return page.getByRole("region", { name: "Revisions" });
}

test("an editor compares two revisions and restores the older one; the history keeps everything", async ({ signedIn }) => {
  const title = uniqueTitle("Phóng viên nước ngoài thăm Đắk Lắk");
  const first = "Các phóng viên thường trú đã tới thăm tỉnh Đắk Lắk.";
  const added = " Đoàn tìm hiểu văn hóa cồng chiêng Tây Nguyên.";

  // The writer creates the story (revision 1) and saves it twice (revisions 2 and 3).
  const writer = await signedIn("writer");
  await writer.goto("/admin/articles/new");
  await writer.getByLabel("Title", { exact: true }).fill(title);
  await typeBody(writer, first);
  await saveNewArticle(writer);
  const articleUrl = writer.url();

  await writer.getByLabel("Sapo (lead)").fill("Chuyến công tác từ ngày 16 đến 18 tháng 9 năm 2023.");
  await writer.getByRole("button", { name: "Save" }).click();
  await expect(writer.getByText("Version 2", { exact: true })).toBeVisible();

  await typeBody(writer, added);
  await writer.getByRole("button", { name: "Save" }).click();
  await expect(writer.getByText("Version 3", { exact: true })).toBeVisible();
  await expect(revisionsPanel(writer).getByText("#3 · Saved")).toBeVisible();
  await expect(revisionsPanel(writer).getByText("#1 · Created")).toBeVisible();

  // The editor opens the comparison: by default the previous revision against the latest.
  const editor = await signedIn("editor");
  await editor.goto(articleUrl);
  await revisionsPanel(editor).getByRole("link", { name: "Compare", exact: true }).click();
  await expect(editor.getByRole("heading", { level: 1, name: "Compare revisions" })).toBeVisible();
  await expect(editor.getByLabel("From revision")).toHaveValue("2");
  await expect(editor.getByLabel("To revision")).toHaveValue("3");
  const body = editor.getByRole("region", { name: "Body" });
  await expect(body.locator("ins")).toContainText("Đoàn tìm hiểu văn hóa cồng chiêng Tây Nguyên.");
  await expect(body.locator("ins").first()).toContainText("Inserted:");

  // Revision 1 against the latest: the lead appears as a changed detail too.
  await editor.getByLabel("From revision").selectOption("1");
  await editor.getByRole("button", { name: "Compare", exact: true }).click();
  await expect(editor).toHaveURL(/from=1&to=3/);
  await expect(editor.getByRole("region", { name: "Changed details" }).getByRole("rowheader", { name: "Lead" })).toBeVisible();

  // Restoring asks first, then brings revision 1 back as a new revision and returns to the editor.
  await editor.getByRole("button", { name: "Restore this revision (#1)" }).click();
  await expect(editor.getByText("Bring back the content of revision #1 as a new revision?")).toBeVisible();
  await editor.getByRole("button", { name: "Yes, restore" }).click();
  await expect(editor).toHaveURL(articleUrl);
  await expect(editor.getByText("Version 4", { exact: true })).toBeVisible();
  const restoredBody = editor.getByRole("textbox", { name: "Body" });
  await expect(restoredBody).toContainText(first);
  await expect(restoredBody).not.toContainText("cồng chiêng");
  await expect(editor.getByLabel("Sapo (lead)")).toHaveValue("");
  await expect(revisionsPanel(editor).getByText("#4 · Restored from #1")).toBeVisible();
  // Nothing was lost: the revision with the added sentence is still listed.
  await expect(revisionsPanel(editor).getByText("#3 · Saved")).toBeVisible();
});

test("a person who loses a save race compares their text with the winner's, merges, and saves over it deliberately", async ({ signedIn }) => {
  const writer = await signedIn("writer");
  const title = uniqueTitle("Họp báo thường kỳ");
  await writer.goto("/admin/articles/new");
  await writer.getByLabel("Title", { exact: true }).fill(title);
  await typeBody(writer, "Người phát ngôn trả lời câu hỏi.");
  await saveNewArticle(writer);
  const articleUrl = writer.url();

  const secondTab = await writer.context().newPage();
  await secondTab.goto(articleUrl);
  await expect(secondTab.getByText("Version 1", { exact: true })).toBeVisible();

  // The first tab wins.
  await typeBody(writer, " Câu của bản thắng.");
  await writer.getByRole("button", { name: "Save" }).click();
  await expect(writer.getByText("Version 2", { exact: true })).toBeVisible();

  // The second tab loses, keeps its text, and sees the difference.
  await typeBody(secondTab, " Câu của tôi.");
  await secondTab.getByRole("button", { name: "Save" }).click();
  await expect(secondTab.getByText(/Someone else saved this article meanwhile/)).toBeVisible();
  await secondTab.getByRole("button", { name: "Compare with the latest version" }).click();
  const comparison = secondTab.getByRole("region", { name: /Your text compared with the latest save \(version 2\)/ });
  await expect(comparison.locator("del")).toContainText("bản thắng");
  await expect(comparison.locator("ins")).toContainText("tôi");

  // Merging by hand: bring the winner's sentence in, take the latest version number, save.
  await typeBody(secondTab, " Câu của bản thắng.");
  await comparison.getByRole("button", { name: "Take the latest version number and save my text" }).click();
  await expect(secondTab.getByText("Your next save will replace version 2")).toBeVisible();
  await secondTab.getByRole("button", { name: "Save" }).click();
  await expect(secondTab.getByText("Version 3", { exact: true })).toBeVisible();

  await writer.reload();
  await expect(writer.getByRole("textbox", { name: "Body" })).toContainText("Câu của tôi. Câu của bản thắng.");
});

test("autosave keeps a working copy without saving the article, and offers it back", async ({ signedIn }) => {
  const writer = await signedIn("writer");
  const title = uniqueTitle("Thông cáo báo chí");
  await writer.goto("/admin/articles/new");
  await writer.getByLabel("Title", { exact: true }).fill(title);
  await saveNewArticle(writer);
  const articleUrl = writer.url();

  await typeBody(writer, "Đoạn chưa lưu, chỉ tự động lưu.");
  await expect(writer.getByText(/Your draft was autosaved at/)).toBeVisible({ timeout: 15_000 });
  // Still unsaved: the shared version did not move.
  await expect(writer.getByText("Unsaved changes", { exact: true })).toBeVisible();
  await expect(writer.getByText("Version 1", { exact: true })).toBeVisible();

  // Reopened (the leave warning is accepted), the editor shows the saved text and offers the copy.
  writer.on("dialog", (dialog) => void dialog.accept());
  await writer.goto(articleUrl);
  await expect(writer.getByRole("textbox", { name: "Body" })).not.toContainText("Đoạn chưa lưu");
  await writer.getByRole("button", { name: /Restore your unsaved changes from/ }).click();
  await expect(writer.getByRole("textbox", { name: "Body" })).toContainText("Đoạn chưa lưu, chỉ tự động lưu.");
  await writer.getByRole("button", { name: "Save" }).click();
  await expect(writer.getByText("Version 2", { exact: true })).toBeVisible();

  // Once saved, there is nothing left to offer.
  await writer.reload();
  await expect(writer.getByRole("button", { name: /Restore your unsaved changes/ })).toHaveCount(0);
});
