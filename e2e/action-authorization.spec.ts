import { request as playwrightRequest } from "@playwright/test";
import { actionOutcome, captureAction, replayAction, type CapturedAction } from "./actions";
import { test, expect, typeBody, uniqueTitle, workflowPanel } from "./fixtures";
import { BASE_URL } from "./server";

/**
 * Every server action the newsroom exposes, called for real by an
 * administrator and recorded, then replayed by an anonymous visitor and by a
 * signed-in press officer (who holds no article or user permission). The
 * server must refuse each one; the UI hiding a button proves nothing.
 */
test("every server action refuses anonymous callers and people without the permission", async ({ signedIn }) => {
  const admin = await signedIn("admin");
  const calls: Record<string, CapturedAction> = {};

  await admin.goto("/admin/articles/new");
  await admin.getByLabel("Title", { exact: true }).fill(uniqueTitle("Admin story"));
  calls.createArticle = await captureAction(admin, () => admin.getByRole("button", { name: "Save" }).click());
  await expect(admin).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  await expect(admin.getByText("Version 1", { exact: true })).toBeVisible();

  await admin.getByLabel("Sapo (lead)").fill("A lead.");
  calls.updateArticle = await captureAction(admin, () => admin.getByRole("button", { name: "Save" }).click());
  await expect(admin.getByText("Saved.")).toBeVisible();
  const articleUrl = admin.url();

  // Revisions: autosave after the idle delay, discarding the copy, restoring a revision, comparing after a conflict.
  await typeBody(admin, "Autosaved text.");
  calls.autosaveArticle = await captureAction(admin, () => expect(admin.getByText(/Your draft was autosaved at/)).toBeVisible({ timeout: 15_000 }));
  admin.once("dialog", (dialog) => void dialog.accept());
  await admin.reload();
  calls.discardArticleAutosave = await captureAction(admin, () => admin.getByRole("button", { name: "Discard", exact: true }).click());
  await expect(admin.getByRole("button", { name: /Restore your unsaved changes/ })).toHaveCount(0);

  await admin.goto(`${articleUrl}/revisions`);
  await admin.getByRole("button", { name: "Restore this revision (#1)" }).click();
  calls.restoreArticleRevision = await captureAction(admin, () => admin.getByRole("button", { name: "Yes, restore" }).click());
  await expect(admin).toHaveURL(articleUrl);

  const staleTab = await admin.context().newPage();
  await staleTab.goto(articleUrl);
  await expect(staleTab.getByText("Version 3", { exact: true })).toBeVisible();
  await admin.getByLabel("Sapo (lead)").fill("Another lead.");
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByText("Saved.")).toBeVisible();
  await staleTab.getByLabel("Sapo (lead)").fill("A stale lead.");
  await staleTab.getByRole("button", { name: "Save" }).click();
  calls.compareDraftWithLatest = await captureAction(staleTab, () => staleTab.getByRole("button", { name: "Compare with the latest version" }).click());
  await staleTab.close();

  calls.transitionArticle = await captureAction(admin, () => workflowPanel(admin).getByRole("button", { name: "Submit for review" }).click());
  await expect(admin.getByText("Moved to “In review”.")).toBeVisible();

  const translations = admin.getByRole("region", { name: "Language versions" });
  calls.createTranslation = await captureAction(admin, () => translations.getByRole("button", { name: /^Create the .+ version$/ }).click());
  await expect(admin).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);

  await admin.goto("/admin/users/new");
  await admin.getByLabel("Full name").fill("Lê Văn Kiểm Thử");
  await admin.getByLabel("Email").fill(`${uniqueTitle("authz").replace(" ", "-")}@newsroom.test`);
  await admin.getByLabel("Password").fill("a long enough password");
  await admin.getByRole("checkbox", { name: "Editor", exact: true }).check();
  calls.createUser = await captureAction(admin, () => admin.getByRole("button", { name: "Create user" }).click());
  await expect(admin.getByRole("button", { name: "Deactivate account" })).toBeVisible();

  calls.updateUser = await captureAction(admin, () => admin.getByRole("button", { name: "Save" }).click());
  await expect(admin.getByText("Changes saved.")).toBeVisible();
  calls.setUserActive = await captureAction(admin, () => admin.getByRole("button", { name: "Deactivate account" }).click());
  await expect(admin.getByRole("button", { name: "Reactivate account" })).toBeVisible();

  // Each language is named in itself, so the buttons keep their names whichever language is shown.
  const languages = admin.getByRole("banner");
  calls.setLocale = await captureAction(admin, () => languages.getByRole("button", { name: "Tiếng Việt" }).click());
  await expect(languages.getByRole("button", { name: "Tiếng Việt" })).toHaveAttribute("aria-pressed", "true");
  await languages.getByRole("button", { name: "English" }).click();
  await expect(languages.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");

  const anonymous = await playwrightRequest.newContext({ baseURL: BASE_URL });
  for (const [name, call] of Object.entries(calls)) {
    expect(await actionOutcome(await replayAction(anonymous, call)), `${name} (anonymous)`).toEqual({ status: "error", code: "UNAUTHENTICATED" });
  }
  await anonymous.dispose();

  const press = await signedIn("press");
  for (const [name, call] of Object.entries(calls)) {
    if (name === "setLocale") continue; // everyone signed in chooses their own language
    expect(await actionOutcome(await replayAction(press.request, call)), `${name} (press officer)`).toEqual({ status: "error", code: "FORBIDDEN" });
  }
});
