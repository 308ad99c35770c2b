/**
 * The press-contacts directory: a press officer adds a reporter and is warned
 * of a likely duplicate; the name is found with or without diacritics; the desk
 * reads the contact without its personal data; a writer is kept out.
 */
import { randomUUID } from "node:crypto";
import { test, expect, seriousViolations } from "./fixtures";

test("a press officer keeps the directory, the desk reads it without personal data, writers are kept out", async ({ signedIn }) => {
  const tag = randomUUID().slice(0, 6);
  const name = `Nguyễn Văn Bình ${tag}`;
  const email = `binh-${tag}@example.org`;
  const outlet = `NHK ${tag}`;
  const mission = `Embassy of Japan ${tag}`;

  const press = await signedIn("press");
  await press.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Press contacts" }).click();
  await expect(press.getByRole("heading", { level: 1, name: "Press contacts" })).toBeVisible();
  expect(await seriousViolations(press)).toEqual([]);

  // The outlet and the mission come first.
  await press.getByRole("link", { name: "Outlets and missions" }).click();
  const outletForm = press.getByRole("form", { name: "New outlet" });
  await outletForm.getByLabel("Name").fill(outlet);
  await outletForm.getByLabel("Kind").selectOption({ label: "Television" });
  await outletForm.getByLabel("Country (ISO code, e.g. FR)").fill("jp");
  await outletForm.getByLabel("Website").fill("javascript:alert(1)");
  await outletForm.getByRole("button", { name: "Add outlet" }).click();
  await expect(outletForm.getByText("This URL is not valid (http or https only).")).toBeVisible();
  await outletForm.getByLabel("Website").fill("https://www3.nhk.or.jp");
  await outletForm.getByRole("button", { name: "Add outlet" }).click();
  await expect(outletForm.getByText("Outlet added.")).toBeVisible();
  await expect(press.getByRole("region", { name: "Outlets" }).getByText(outlet, { exact: true })).toBeVisible();
  // Edited in place, over the version loaded.
  await press.getByText(`Edit ${outlet}`, { exact: true }).click();
  const editOutlet = press.getByRole("form", { name: `Edit ${outlet}` });
  await editOutlet.getByLabel("Languages (ISO codes, comma-separated)").fill("ja, en");
  await editOutlet.getByRole("button", { name: "Save" }).click();
  await expect(editOutlet.getByText("Saved.")).toBeVisible();
  // Its own line: the seeded directory has another Japanese television outlet.
  await expect(press.getByRole("region", { name: "Outlets" }).getByRole("listitem").filter({ hasText: outlet }).getByText("Television · JP · ja, en")).toBeVisible();
  const missionForm = press.getByRole("form", { name: "New foreign mission" });
  await missionForm.getByLabel("Name").fill(mission);
  await missionForm.getByLabel("Country (ISO code, e.g. FR)").fill("JP");
  await missionForm.getByLabel("City").fill("Hà Nội");
  await missionForm.getByRole("button", { name: "Add mission" }).click();
  await expect(press.getByRole("region", { name: "Foreign missions" }).getByText(mission, { exact: true })).toBeVisible();
  expect(await seriousViolations(press)).toEqual([]);

  await press.goto("/admin/contacts");
  await press.getByRole("link", { name: "New contact" }).click();
  await expect(press.getByLabel("Name (Latin script)")).toBeVisible();
  expect(await seriousViolations(press)).toEqual([]);
  await press.getByLabel("Name (Latin script)").fill(name);
  await press.getByLabel("Nationality (ISO code, e.g. FR)").fill("vn");
  await press.getByLabel("Role").selectOption({ label: "Camera operator" });
  await press.getByLabel("Outlet", { exact: true }).selectOption({ label: outlet });
  await press.getByLabel("Languages (ISO codes, comma-separated)").fill("vi, en");
  await press.getByLabel("Accreditation", { exact: true }).selectOption({ label: "Accredited" });
  await press.getByLabel("Accreditation expires on").fill("2027-06-30");
  await press.getByLabel("Email").fill(email);
  await press.getByLabel("Dietary / accessibility needs").fill("Vegetarian");
  await press.getByRole("button", { name: "Create" }).click();
  await expect(press).toHaveURL(/\/admin\/contacts\/[0-9a-f-]{36}$/);
  await expect(press.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(press.getByLabel("Email")).toHaveValue(email);
  const contactUrl = press.url();

  // The same person typed without diacritics is a likely duplicate: listed, and created only when confirmed.
  await press.goto("/admin/contacts/new");
  await press.getByLabel("Name (Latin script)").fill(`nguyen van binh ${tag}`);
  await press.getByLabel("Nationality (ISO code, e.g. FR)").fill("VN");
  await press.getByLabel("Outlet", { exact: true }).selectOption({ label: outlet });
  await press.getByRole("button", { name: "Create" }).click();
  await expect(press.getByText("This person may already be in the directory")).toBeVisible();
  await expect(press.getByRole("link", { name })).toBeVisible();
  await expect(press.getByText("Same name and organisation, or same email")).toBeVisible();
  await expect(press).toHaveURL(/\/admin\/contacts\/new$/);
  await expect(press.getByLabel("Name (Latin script)")).toHaveValue(`nguyen van binh ${tag}`);
  await press.getByLabel("Phone").fill("+84 90 000 1234");
  await press.getByLabel("I checked: this is someone else, create anyway").check();
  await press.getByRole("button", { name: "Create" }).click();
  await expect(press).toHaveURL(/\/admin\/contacts\/[0-9a-f-]{36}$/);
  const duplicateUrl = press.url();
  expect(duplicateUrl).not.toBe(contactUrl);

  // Search folds diacritics both ways.
  for (const q of [`Nguyen Van Binh ${tag}`, `Nguyễn Văn Bình ${tag}`]) {
    await press.goto(`/admin/contacts?q=${encodeURIComponent(q)}`);
    await expect(press.getByRole("row")).toHaveCount(3);
    await expect(press.getByRole("cell", { name: email })).toBeVisible();
  }
  expect(await seriousViolations(press)).toEqual([]);

  // The duplicate is merged into the first record: its phone fills the empty field, its old address leads here.
  await press.goto(contactUrl);
  const duplicates = press.getByRole("region", { name: "Likely duplicates of this contact" });
  await expect(duplicates).toBeVisible();
  expect(await seriousViolations(press)).toEqual([]);
  await duplicates.getByRole("button", { name: `Merge nguyen van binh ${tag} into this contact…` }).click();
  await duplicates.getByRole("button", { name: `Yes, merge nguyen van binh ${tag}` }).click();
  await expect(press.getByRole("region", { name: "Likely duplicates of this contact" })).toHaveCount(0);
  await expect(press.getByLabel("Phone")).toHaveValue("+84 90 000 1234");
  await expect(press.getByLabel("Email")).toHaveValue(email);
  await press.goto(duplicateUrl);
  await expect(press).toHaveURL(contactUrl);
  await press.goto(`/admin/contacts?q=${encodeURIComponent(`nguyen van binh ${tag}`)}`);
  await expect(press.getByRole("row")).toHaveCount(2);

  // The desk reads the contact, but neither its contact details nor its needs reach the page.
  const editor = await signedIn("editor");
  await editor.goto(`/admin/contacts?q=${encodeURIComponent(`binh ${tag}`)}&accreditationStatus=ACCREDITED`);
  await expect(editor.getByRole("row")).toHaveCount(2);
  await expect(editor.getByRole("cell", { name: outlet })).toBeVisible();
  // Filtering by the mission finds nobody from the outlet.
  await editor.getByRole("form", { name: "Filter the directory" }).getByLabel("Foreign mission").selectOption({ label: mission });
  await editor.getByRole("button", { name: "Filter" }).click();
  await expect(editor.getByText("Nobody matches these filters.")).toBeVisible();
  await editor.goBack();
  await expect(editor.getByRole("link", { name: "New contact" })).toHaveCount(0);
  await editor.getByRole("link", { name }).click();
  await expect(editor.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(editor.getByText("Accredited")).toBeVisible();
  const html = await editor.content();
  expect(html).not.toContain(email);
  expect(html).not.toContain("Vegetarian");
  await expect(editor.getByRole("textbox")).toHaveCount(0);

  // A writer has no way in: no link, and the pages answer "Access denied".
  const writer = await signedIn("writer");
  await expect(writer.getByRole("link", { name: "Press contacts" })).toHaveCount(0);
  for (const url of ["/admin/contacts", contactUrl.replace(/^https?:\/\/[^/]+/, "")]) {
    await writer.goto(url);
    await expect(writer.getByRole("heading", { name: "Access denied" })).toBeVisible();
    expect(await writer.content()).not.toContain(name);
  }
});
