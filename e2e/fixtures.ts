/**
 * What every journey starts from: the seeded demo newsroom (see README), one
 * browser context per person so several people can work side by side, and the
 * newsroom UI in English so locators read like the screen a reviewer sees.
 */
import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { BASE_URL } from "./server";

export const DEMO_PASSWORD = "newsroom-demo";
export const DEMO_ACCOUNTS = {
  admin: "admin@newsroom.local",
  chief: "chief@newsroom.local",
  editor: "editor@newsroom.local",
  writer: "writer@newsroom.local",
  press: "press@newsroom.local",
} as const;
export type DemoPerson = keyof typeof DEMO_ACCOUNTS;

/** A title no other test (or earlier run) uses. */
export function uniqueTitle(prefix: string): string {
  return `${prefix} ${randomUUID().slice(0, 8)}`;
}

export async function newsroomContext(browser: Browser, uiLocale: "en" | "vi" = "en"): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addCookies([{ name: "newsroom_locale", value: uiLocale, url: BASE_URL }]);
  return context;
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin(\/|$)/);
}

type Fixtures = {
  /** A signed-in page for a demo person, in a context of its own; closed after the test. */
  signedIn: (person: DemoPerson) => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  signedIn: async ({ browser }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (person) => {
      const context = await newsroomContext(browser);
      contexts.push(context);
      const page = await context.newPage();
      await signIn(page, DEMO_ACCOUNTS[person]);
      return page;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

export { expect };

/**
 * Serious and critical WCAG 2.1 A/AA violations, with the elements concerned.
 * Next streams a dynamic page's metadata after its body, so the check waits
 * for the document's title first: otherwise a page caught mid-stream would be
 * reported as untitled.
 */
export async function seriousViolations(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => ({ id: violation.id, impact: violation.impact, nodes: violation.nodes.map((node) => node.target.join(" ")) }));
}

/** The editor's workflow panel. */
export function workflowPanel(page: Page) {
  return page.getByRole("region", { name: "Workflow" });
}

/** Opens an article from the newsroom list by searching its title. */
export async function openArticle(page: Page, title: string): Promise<void> {
  await page.goto(`/admin/articles?q=${encodeURIComponent(title)}`);
  await page.getByRole("link", { name: title, exact: true }).click();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);
}

/**
 * Saves a new article from the editor at /admin/articles/new and waits for the
 * editor of the created article; answers its id.
 */
export async function saveNewArticle(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1, name: "Edit article" })).toBeVisible();
  await expect(page.getByText("Version 1", { exact: true })).toBeVisible();
  return page.url().split("/").pop()!;
}

/** Types a paragraph into the body editor. */
export async function typeBody(page: Page, text: string): Promise<void> {
  const body = page.getByRole("textbox", { name: "Body" });
  await body.click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type(text);
}
