import { test, expect, seriousViolations } from "./fixtures";

test("the sign-in page", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the newsroom article list and the editor", async ({ signedIn }) => {
  const editor = await signedIn("editor");
  await editor.goto("/admin/articles");
  await expect(editor.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
  await expect(editor.getByRole("table")).toBeVisible();
  expect(await seriousViolations(editor)).toEqual([]);

  await editor.getByRole("table").getByRole("link").first().click();
  await expect(editor.getByRole("region", { name: "Workflow" })).toBeVisible();
  expect(await seriousViolations(editor)).toEqual([]);

  await editor.goto("/admin/media");
  await expect(editor.getByRole("heading", { level: 1, name: "Media library" })).toBeVisible();
  expect(await seriousViolations(editor)).toEqual([]);
});

test("the public home and a story page, in both languages", async ({ page }) => {
  for (const locale of ["vi", "en"] as const) {
    await page.goto(`/${locale}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    expect(await seriousViolations(page)).toEqual([]);

    const story = page.getByRole("main").getByRole("article").first().getByRole("heading").getByRole("link");
    await story.click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  }
});
