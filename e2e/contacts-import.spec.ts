/**
 * The directory's CSV import and export in a real browser: a press officer
 * uploads a file with two good rows and two bad ones, sees each error on its
 * line and column with the progress bar done, cannot import all, imports the
 * valid rows only and finds the new people; the export carries them back, and
 * the desk's export has no contact details.
 */
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { test, expect } from "./fixtures";
import { BASE_URL } from "./server";

test("a press officer imports the valid rows of a CSV and exports the directory; the desk's export has no personal data", async ({ signedIn }) => {
  const tag = randomUUID().slice(0, 6);
  const good = [`Nguyễn Thị Mai ${tag}`, `Pierre Lambert ${tag}`];
  const csv = [
    "Latin name;Nationality;Role;Outlet;Email",
    `${good[0]};VN;Reporter;Kyodo News;mai-${tag}@example.org`,
    `${good[1]};FR;Photographer;Agence France-Presse;`,
    `Bad Country ${tag};France;Reporter;;`,
    `Unknown Outlet ${tag};DE;Reporter;No Such Outlet ${tag};`,
  ].join("\r\n");

  const press = await signedIn("press");
  await press.goto("/admin/contacts");
  await press.getByRole("link", { name: "Import CSV" }).click();
  await expect(press.getByRole("heading", { level: 1, name: "Import contacts from CSV" })).toBeVisible();
  await press.getByRole("region", { name: "Choose a CSV file" }).getByLabel("Choose a CSV file").setInputFiles({ name: "contacts.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${csv}`, "utf8") });

  await expect(press.getByText("Checked: 4 rows, 2 valid, 2 with errors.")).toBeVisible();
  await expect(press.getByRole("progressbar", { name: "Import progress" })).toBeVisible();
  const errors = press.getByRole("table", { name: "Errors (2)" });
  await expect(errors.getByRole("row", { name: /^4 Nationality/ })).toBeVisible();
  await expect(errors.getByRole("row", { name: /^5 Outlet/ })).toBeVisible();
  await expect(press.getByRole("button", { name: "Import all rows" })).toBeDisabled();

  await press.getByRole("button", { name: "Import valid rows only (2)" }).click();
  await expect(press.getByRole("heading", { name: "Import report" })).toBeVisible();
  await expect(press.getByText("2 contacts added to the directory.")).toBeVisible();
  await press.getByRole("link", { name: "Back to the directory" }).click();

  // Found without diacritics, as any directory entry.
  await press.getByLabel("Name (with or without diacritics)").fill(`nguyen thi mai ${tag}`);
  await press.getByRole("button", { name: "Filter" }).click();
  await expect(press.getByRole("link", { name: good[0] })).toBeVisible();
  await expect(press.getByText(`Bad Country ${tag}`)).toHaveCount(0);

  const [download] = await Promise.all([press.waitForEvent("download"), press.getByRole("link", { name: "Export CSV" }).click()]);
  const exported = await readFile((await download.path())!, "utf8");
  expect(exported.startsWith("\uFEFF")).toBe(true);
  expect(exported).toContain(good[0]);
  expect(exported).toContain(`mai-${tag}@example.org`);

  const editor = await signedIn("editor");
  const desk = await editor.request.get(`${BASE_URL}/api/contacts/export?format=csv&q=${encodeURIComponent(good[0])}`);
  expect(desk.status()).toBe(200);
  const deskCsv = await desk.text();
  expect(deskCsv).toContain(good[0]);
  expect(deskCsv).not.toContain("Email");
  expect(deskCsv).not.toContain(`mai-${tag}@example.org`);
  // The desk cannot import.
  const refused = await editor.request.post(`${BASE_URL}/api/contacts/import?mode=all`, { headers: { origin: BASE_URL, "content-type": "text/csv" }, data: csv });
  expect(refused.status()).toBe(403);
});
