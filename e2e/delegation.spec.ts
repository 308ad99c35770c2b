/**
 * Issue 5's acceptance as one journey: an anonymous applicant submits a
 * three-member application with a PDF letter and gets a reference number; a
 * press officer asks for more information; the applicant answers through the
 * status page; the officer approves; the applicant downloads the decision
 * letter; the officer assigns an escort and builds a two-day program, and the
 * escort's other booking is flagged.
 */
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { expect, newsroomContext, seriousViolations, signIn, DEMO_ACCOUNTS, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { readPdf } from "../lib/test/pdf-text";

const MEMBERS = [
  { name: "Sato Hiroshi", nationality: "JP", born: "1985-04-12", passport: "TK1234567", role: "Reporter" },
  { name: "Ito Mariko", nationality: "JP", born: "1990-09-30", passport: "TK7654321", role: "Camera operator" },
  { name: "Nguyễn Thị Hồng", nationality: "VN", born: "1988-01-05", passport: "C0456789", role: "Producer" },
];
/** A minimal but real PDF: the upload check reads the bytes, not the name. */
const LETTER_PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function continueTo(page: Page, step: number) {
  await expect(page).toHaveURL(new RegExp(`step=${step}`));
}

test("a delegation applies online, answers a question, is approved, gets its letter and a program with an escort", async ({ browser, signedIn }) => {
  test.setTimeout(240_000);
  const tag = randomUUID().slice(0, 6);
  const email = `desk-${tag}@nhk.example.org`;
  const outlet = `NHK World ${tag}`;

  // 1. The applicant, anonymous, in English.
  const applicantContext = await browser.newContext();
  const applicant = await applicantContext.newPage();
  await applicant.goto("/en/delegations/apply");
  await expect(applicant.getByRole("heading", { level: 1, name: "Apply for a foreign journalist delegation" })).toBeVisible();
  expect(await seriousViolations(applicant)).toEqual([]);
  await applicant.getByLabel("Name of the outlet").fill(outlet);
  await applicant.getByLabel("Type of outlet").selectOption({ label: "Television" });
  await applicant.getByLabel("Country of the outlet").fill("JP");
  await applicant.getByLabel("Contact person").fill("Sato Hiroshi");
  await applicant.getByLabel("E-mail address").fill(email);
  await applicant.getByLabel("Phone number").fill("+81 3 0000 0000");
  await applicant.getByRole("button", { name: "Start application" }).click();
  await continueTo(applicant, 2);

  for (const [index, member] of MEMBERS.entries()) {
    if (index > 0) await applicant.getByRole("button", { name: "Add member" }).click();
    const row = applicant.getByRole("group", { name: `Member ${index + 1}` });
    await row.getByLabel("Name as in passport").fill(member.name);
    await row.getByLabel("Nationality").fill(member.nationality);
    await row.getByLabel("Date of birth").fill(member.born);
    await row.getByLabel("Passport number").fill(member.passport);
    await row.getByLabel("Passport expiry date").fill("2027-01-10");
    await row.getByLabel("Role").selectOption({ label: member.role });
  }
  await applicant.getByRole("button", { name: "Save and continue" }).click();
  await continueTo(applicant, 3);

  // Passports that expire before departure: the step is refused as a whole and nothing of it is saved.
  const fillVisit = async () => {
    await applicant.getByLabel("Arrival date").fill("2027-01-13");
    await applicant.getByLabel("Departure date").fill("2027-01-14");
    await applicant.getByLabel("Purpose of the visit").fill("A report on coffee growers of the Central Highlands.");
    await applicant.getByRole("group", { name: "Provinces and cities to visit" }).getByRole("checkbox", { name: "Dak Lak" }).check();
    await applicant.getByRole("button", { name: "Save and continue" }).click();
  };
  await fillVisit();
  await expect(applicant.getByText("The passport expires before the departure from Viet Nam.")).toBeVisible();
  await expect(applicant.getByLabel("Departure date")).toHaveAttribute("aria-invalid", "true");
  await expect(applicant).toHaveURL(/step=3/);
  await applicant.goto("/en/delegations/apply?step=2");
  for (const index of MEMBERS.keys()) await applicant.getByRole("group", { name: `Member ${index + 1}` }).getByLabel("Passport expiry date").fill("2031-06-30");
  await applicant.getByRole("button", { name: "Save and continue" }).click();
  await continueTo(applicant, 3);
  await expect(applicant.getByLabel("Arrival date")).toHaveValue("");
  await fillVisit();
  await continueTo(applicant, 4);

  const letterForm = applicant.getByRole("form", { name: "Letter of assignment" });
  await letterForm.getByLabel("Letter of assignment").setInputFiles({ name: "assignment-letter.pdf", mimeType: "application/pdf", buffer: LETTER_PDF });
  await letterForm.getByRole("button", { name: "Upload" }).click();
  await expect(applicant.getByRole("button", { name: "Remove assignment-letter.pdf" })).toBeVisible();
  await applicant.getByRole("link", { name: "Continue to review" }).click();
  await continueTo(applicant, 5);
  await applicant.getByLabel("I confirm that the information above is correct").check();
  await applicant.getByRole("button", { name: "Submit application" }).click();
  await expect(applicant.getByRole("heading", { name: "Application submitted" })).toBeVisible();
  const reference = (await applicant.getByText(/DL-\d{4}-\d{5}/).first().textContent())!.match(/DL-\d{4}-\d{5}/)![0];

  // 2. The press officer asks for more information; protected data is masked until revealed.
  const press = await signedIn("press");
  await press.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Delegations" }).click();
  await expect(press.getByRole("heading", { level: 1, name: "Delegation applications" })).toBeVisible();
  await press.getByRole("link", { name: reference }).click();
  await expect(press.getByText(MEMBERS[0].passport)).toHaveCount(0);
  await expect(press.getByText("•••••4567").first()).toBeVisible();
  await press.getByRole("button", { name: `Show passport number of ${MEMBERS[0].name}` }).click();
  await expect(press.getByText(MEMBERS[0].passport)).toBeVisible();
  expect(await seriousViolations(press)).toEqual([]);
  await press.getByRole("button", { name: "Review the application" }).click();
  await expect(press.getByText("The application is now: Under review.")).toBeVisible();
  await press.getByLabel("Question for the applicant").fill("Please name the cooperative you wish to film.");
  await press.getByRole("button", { name: "Request more information" }).click();
  await expect(press.getByText("The application is now: Information requested.")).toBeVisible();

  // 3. The applicant, in a fresh browser, finds the application by reference and e-mail and answers.
  const returning = await (await browser.newContext()).newPage();
  await returning.goto("/en/delegations/status");
  await returning.getByLabel("Reference number").fill(reference);
  await returning.getByLabel("E-mail address").fill("someone-else@example.org");
  await returning.getByRole("button", { name: "Show the status" }).click();
  await expect(returning.getByText("No application matches this reference number and e-mail address.")).toBeVisible();
  await returning.getByLabel("E-mail address").fill(email);
  await returning.getByRole("button", { name: "Show the status" }).click();
  await expect(returning.getByText("Please name the cooperative you wish to film.")).toBeVisible();
  await returning.getByLabel("Your answer").fill("The Ea Tu coffee cooperative in Buôn Ma Thuột.");
  await returning.getByRole("button", { name: "Send the answer" }).click();
  await expect(returning.getByText(/Status: Under review/)).toBeVisible();

  // 4. Approval; the applicant downloads the decision letter.
  await press.reload();
  await expect(press.getByText("The Ea Tu coffee cooperative in Buôn Ma Thuột.")).toBeVisible();
  await press.getByRole("button", { name: "Approve" }).click();
  await expect(press.getByText("The application is now: Approved.")).toBeVisible();
  await returning.reload();
  const [letter] = await Promise.all([returning.waitForEvent("download"), returning.getByRole("link", { name: "Download the decision letter (PDF)" }).click()]);
  const pdf = await readFile((await letter.path())!);
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  const pages = await readPdf(pdf);
  const text = pages.map((page) => page.text).join("\n");
  expect(text).toContain(reference);
  expect(text).toContain("Nguyễn Thị Hồng");
  expect(text).toContain("Đắk Lắk");
  for (const member of MEMBERS) expect(text).not.toContain(member.passport);
  // The QR code's address opens the verification page, which names no member.
  const verifyUrl = pages.flatMap((page) => page.links).find((link) => link.includes("/delegations/verify/"))!;
  const verification = await (await browser.newContext()).newPage();
  await verification.goto(new URL(verifyUrl).pathname.replace(/^\/vi\//, "/en/"));
  await expect(verification.getByRole("heading", { level: 1, name: "Verify a decision letter" })).toBeVisible();
  await expect(verification.getByText(reference)).toBeVisible();
  await expect(verification.getByText("Valid", { exact: true })).toBeVisible();
  await expect(verification.getByText("Nguyễn Thị Hồng")).toHaveCount(0);
  expect(await seriousViolations(verification)).toEqual([]);

  // The outbox holds what the applicant was told, in their language.
  await press.goto("/admin/outbox");
  await expect(press.getByRole("main").getByText(reference).first()).toBeVisible();

  // 5. The program: an escort who also escorts the Lâm Đồng trip (12–14 January 2027) is flagged, and a two-day program.
  await press.goto("/admin/delegations");
  await press.getByRole("link", { name: reference }).click();
  const delegationId = press.url().split("/").pop()!;
  await press.getByRole("link", { name: "Program and escorts" }).click();
  await expect(press.getByRole("heading", { name: "Delegation program" })).toBeVisible();
  await press.getByLabel("Escort officer or interpreter").selectOption({ label: "Nguyen Thi Huong (Escort officer)" });
  await press.getByRole("button", { name: "Assign escort" }).click();
  await expect(press.getByText("Nguyen Thi Huong assigned.")).toBeVisible();
  await expect(press.getByText(/Nguyen Thi Huong escorts the trip “Lâm Đồng.*which overlaps the stay\./)).toBeVisible();
  for (const [day, activity] of [
    [1, "Interview at the provincial People's Committee"],
    [2, "Filming at the Ea Tu coffee cooperative"],
  ] as const) {
    await press.getByRole("region", { name: new RegExp(`^Day ${day} ·`) }).getByRole("button", { name: "Add item" }).click();
    const card = press.getByRole("group", { name: `Day ${day}, item 1` });
    await card.getByLabel("Start", { exact: true }).fill("09:00");
    await card.getByLabel("End (optional)").fill("11:00");
    await card.getByLabel("Activity").fill(activity);
    await card.getByLabel("Host").fill("Đắk Lắk People's Committee");
  }
  await press.getByRole("button", { name: "Save program" }).click();
  await expect(press.getByText("Program saved.")).toBeVisible();
  await press.reload();
  await expect(press.getByText(/escorts the trip “Lâm Đồng/).first()).toBeVisible();
  expect(await seriousViolations(press)).toEqual([]);

  // The statistics count this application among the last two years'.
  await press.goto("/admin/delegations/statistics");
  await expect(press.getByRole("heading", { level: 1, name: "Delegation statistics" })).toBeVisible();
  await expect(press.getByText(/\d+ delegations? with \d+ reporters? in the last two years/)).toBeVisible();
  await expect(press.getByRole("heading", { name: "By country" })).toBeVisible();
  expect(await seriousViolations(press)).toEqual([]);
  const [csv] = await Promise.all([press.waitForEvent("download"), press.getByRole("link", { name: "Download CSV" }).click()]);
  expect(await readFile((await csv.path())!, "utf8")).toContain("JP");

  // A writer's forged request for the application gets 403.
  const writerContext = await newsroomContext(browser);
  const writer = await writerContext.newPage();
  await signIn(writer, DEMO_ACCOUNTS.writer);
  const applicationUrl = `${new URL(press.url()).origin}/admin/delegations/${delegationId}`;
  expect((await writer.goto(applicationUrl))?.status()).toBe(403);
  await writerContext.close();
  await applicantContext.close();
});
