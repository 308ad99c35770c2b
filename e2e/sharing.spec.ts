import { test, expect } from "./fixtures";

test("a published story carries its canonical address, sharing tags and NewsArticle data", async ({ page }) => {
  await page.goto("/en");
  const headline = page.getByRole("main").getByRole("article").first().getByRole("heading").getByRole("link");
  const title = (await headline.textContent())?.trim() ?? "";
  await headline.click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const path = new URL(page.url()).pathname;

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`${path}$`));
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", title);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /\S/);
  // The Vietnamese version of the same story is announced as its alternate.
  await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute("href", /\/vi\/bai-viet\//);

  const structured = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(structured).toMatchObject({ "@type": "NewsArticle", headline: title, inLanguage: "en" });
  expect(structured.mainEntityOfPage["@id"]).toMatch(new RegExp(`${path}$`));
});
