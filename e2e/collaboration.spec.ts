import { actionOutcome, captureAction, replayAction, type CapturedAction } from "./actions";
import { expect, saveNewArticle, test, uniqueTitle } from "./fixtures";

const WRITER_NAME = "Phạm Đức Anh";
const EDITOR_NAME = "Lê Minh Châu";

/**
 * A writer starts a story; an editor opening it sees that the writer is
 * editing, assigns it to the writer with a due date (already past), and
 * comments; the writer finds it in "My work", replies; the editor resolves the
 * thread. The server refuses the same calls from people without the permission.
 */
test("assignment, comments and presence between a writer and an editor", async ({ signedIn }) => {
  const writer = await signedIn("writer");
  const editor = await signedIn("editor");
  const title = uniqueTitle("Họp báo thường kỳ");

  await writer.goto("/admin/articles/new");
  await writer.getByLabel("Title", { exact: true }).fill(title);
  const articleId = await saveNewArticle(writer);
  const articleUrl = `/admin/articles/${articleId}`;

  // The writer has the editor open: the editor opening the same story is told so, and may continue.
  await editor.goto(articleUrl);
  const notice = editor.getByRole("status").filter({ hasText: "is editing since" });
  await expect(notice).toContainText(new RegExp(`${WRITER_NAME} is editing since \\d{2}:\\d{2}`));
  await notice.getByRole("button", { name: "Continue anyway" }).click();
  await expect(notice).toHaveCount(0);
  // Continuing announces the editor to the writer at the writer's next heartbeat.
  await writer.reload();
  await expect(writer.getByRole("status").filter({ hasText: "is editing since" })).toContainText(`${EDITOR_NAME} is editing since`);

  const assignment = editor.getByRole("region", { name: "Assignment" });
  await assignment.getByLabel("Writer").selectOption({ label: WRITER_NAME });
  await assignment.getByLabel("Editor").selectOption({ label: EDITOR_NAME });
  await assignment.getByLabel("Due date").fill("2020-01-15");
  const assign = await captureAction(editor, () => assignment.getByRole("button", { name: "Update assignment" }).click());
  await expect(assignment.getByText("Assignment updated.")).toBeVisible();
  await expect(assignment.getByText("Overdue")).toBeVisible();

  const comments = editor.getByRole("region", { name: "Editorial comments" });
  await comments.getByLabel("New comment").fill("Cần dẫn nguồn cho số liệu.\nXem lại đoạn 2.");
  const comment = await captureAction(editor, () => comments.getByRole("button", { name: "Add comment" }).click());
  await expect(comments.getByText("Comment added.")).toBeVisible();
  await expect(comments.getByText("Cần dẫn nguồn cho số liệu.")).toBeVisible();

  // The writer's desk: the story assigned to them, overdue, and the open thread.
  await writer.goto("/admin");
  await expect(writer).toHaveURL(/\/admin\/my-work$/);
  const assigned = writer.getByRole("region", { name: /^Assigned to me/ });
  await expect(assigned.getByRole("link", { name: title })).toBeVisible();
  await expect(assigned.getByText("Overdue")).toBeVisible();
  await expect(writer.getByRole("region", { name: /^Open comments on my stories/ })).toContainText("Cần dẫn nguồn cho số liệu.");

  await assigned.getByRole("link", { name: title }).click();
  const writerComments = writer.getByRole("region", { name: "Editorial comments" });
  await expect(writer.getByRole("region", { name: "Assignment" })).toContainText(WRITER_NAME);
  await writerComments.getByRole("button", { name: "Reply" }).click();
  await writerComments.getByLabel(`Reply to ${EDITOR_NAME}`).fill("Đã bổ sung nguồn: Bộ Ngoại giao.");
  await writerComments.getByRole("button", { name: "Send" }).click();
  // The reply box closes only once the server has stored the reply: until then the text could be the box's own.
  await expect(writerComments.getByLabel(`Reply to ${EDITOR_NAME}`)).toHaveCount(0);
  await expect(writerComments.getByText("Đã bổ sung nguồn: Bộ Ngoại giao.")).toBeVisible();

  await editor.reload();
  await expect(comments.getByText("Đã bổ sung nguồn: Bộ Ngoại giao.")).toBeVisible();
  const resolve = await captureAction(editor, () => comments.getByRole("button", { name: "Resolve" }).click());
  await expect(comments.getByText(new RegExp(`Resolved by ${EDITOR_NAME} at`))).toBeVisible();
  await expect(comments.getByRole("button", { name: "Reopen" })).toBeVisible();

  // Leaving the editor releases the writer's session: the editor no longer sees them editing.
  await writer.goto("/admin/my-work");
  await expect(writer.getByRole("region", { name: /^Open comments on my stories/ })).not.toContainText("Cần dẫn nguồn cho số liệu.");
  await expect(async () => {
    await editor.reload();
    await expect(editor.getByRole("status").filter({ hasText: "is editing since" })).toHaveCount(0, { timeout: 1000 });
  }).toPass({ timeout: 15_000 });

  // Another site cannot end someone's edit session: the release endpoint refuses cross-origin POSTs.
  const crossSite = await writer.request.post(`${articleUrl}/edit-session`, { headers: { origin: "https://evil.example" }, maxRedirects: 0 });
  expect(crossSite.status()).toBe(403);

  // The server, not the UI, refuses: a writer may not assign; a press officer may neither assign, comment nor resolve.
  expect(await actionOutcome(await replayAction(writer.request, assign))).toEqual({ status: "error", code: "FORBIDDEN" });
  const press = await signedIn("press");
  const calls: Record<string, CapturedAction> = { assign, comment, resolve };
  for (const [name, call] of Object.entries(calls)) {
    expect(await actionOutcome(await replayAction(press.request, call)), name).toEqual({ status: "error", code: "FORBIDDEN" });
  }
});
