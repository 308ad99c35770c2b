/**
 * Issue 4's acceptance as one journey: a press officer plans a field trip to
 * Đắk Lắk with a three-day program, the chief editor approves it, five
 * reporters from three outlets are invited (the one already booked on an
 * overlapping trip is flagged), the trip is confirmed, its .ics and participant
 * XLSX are downloaded, two stories are recorded after the trip and the report
 * becomes a draft article that the desk finds in its list.
 */
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { request as playwrightRequest, type Page } from "@playwright/test";
import { readXlsx } from "../lib/export/xlsx";
import { actionOutcome, captureAction, replayAction } from "./actions";
import { test, expect, seriousViolations } from "./fixtures";
import { BASE_URL } from "./server";

/** The five invited: two from AFP, two from Kyodo News, one from Deutsche Welle (seeded directory). */
const INVITED = ["Claire Dubois", "Julien Moreau", "Tanaka Haruki", "Suzuki Aiko", "Anna Schmidt"];
/** Seeded as accepted on the Lâm Đồng trip of 12–14 January 2027, which overlaps this one. */
const ALREADY_BOOKED = "Claire Dubois";

const PROGRAM = [
  { day: 1, start: "09:00", end: "11:00", activity: "Meeting with the provincial People's Committee", place: "Buôn Ma Thuột" },
  { day: 2, start: "08:00", end: "11:30", activity: "Visit to a sustainable coffee cooperative", place: "Cư M'gar" },
  { day: 3, start: "19:00", end: "21:00", activity: "Gong performance of the Ê Đê people", place: "Buôn Đôn" },
];

async function moveTrip(page: Page, button: string, expectedStatus: string) {
  const workflow = page.getByRole("region", { name: "Workflow" });
  await workflow.getByRole("button", { name: button, exact: true }).click();
  await expect(page.getByText(`The trip is now “${expectedStatus}”.`)).toBeVisible();
}

test("a press officer runs a field trip from plan to coverage and a draft article", async ({ signedIn }) => {
  test.setTimeout(240_000);
  const tag = randomUUID().slice(0, 6);
  const title = `Đắk Lắk: economic and social development ${tag}`;

  // 1. The trip, planned by the press officer.
  const press = await signedIn("press");
  await press.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Trips" }).click();
  await expect(press.getByRole("heading", { level: 1, name: "Field trips" })).toBeVisible();
  expect(await seriousViolations(press)).toEqual([]);
  await press.getByRole("link", { name: "New trip" }).click();

  const form = press.getByRole("form", { name: "Trip details" });
  await form.getByLabel("Trip title").fill(title);
  await form.getByRole("group", { name: "Destination provinces" }).getByRole("checkbox", { name: "Dak Lak" }).check();
  await form.getByLabel("Start date").fill("2027-01-15");
  await form.getByLabel("End date").fill("2027-01-13");
  await form.getByLabel("Seats").fill("10");
  await form.getByLabel("Topic").fill("The province's economic and social development");
  await form.getByLabel("Partner local authority").fill("Đắk Lắk People's Committee");
  await form.getByRole("group", { name: "Escort officers and interpreters" }).getByRole("checkbox", { name: /Nguyen Thi Huong/ }).check();
  await form.getByRole("button", { name: "Create trip" }).click();
  // Dates in the wrong order: a field error, and what was typed stays.
  await expect(form.getByLabel("End date")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("Trip title")).toHaveValue(title);
  await form.getByLabel("Start date").fill("2027-01-13");
  await form.getByLabel("End date").fill("2027-01-15");
  await form.getByRole("button", { name: "Create trip" }).click();
  await expect(press).toHaveURL(/\/admin\/trips\/[0-9a-f-]{36}$/);
  const tripUrl = press.url();
  await expect(press.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
  expect(await seriousViolations(press)).toEqual([]);
  await moveTrip(press, "Mark as planned", "Planned");

  // 2. A three-day program.
  await press.getByRole("navigation", { name: "Parts of the trip" }).getByRole("link", { name: "Program" }).click();
  await expect(press).toHaveURL(`${tripUrl}/itinerary`);
  for (const item of PROGRAM) {
    const day = press.getByRole("region", { name: new RegExp(`^Day ${item.day} ·`) });
    await day.getByRole("button", { name: "Add item" }).click();
    const card = press.getByRole("group", { name: `Day ${item.day}, item 1` });
    await card.getByLabel("Start", { exact: true }).fill(item.start);
    await card.getByLabel("End (optional)").fill(item.end);
    await card.getByLabel("Activity").fill(item.activity);
    await card.getByLabel("Place").fill(item.place);
  }
  expect(await seriousViolations(press)).toEqual([]);
  await press.getByRole("button", { name: "Save program" }).click();
  await expect(press.getByText("Program saved.")).toBeVisible();
  await expect(press.getByText("All changes saved")).toBeVisible();

  // 3. Approval is the chief editor's; the press officer is not offered it.
  await press.goto(tripUrl);
  await expect(press.getByRole("region", { name: "Workflow" }).getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  const chief = await signedIn("chief");
  await chief.goto(tripUrl);
  await moveTrip(chief, "Approve", "Approved");

  // 4. Invitations: five reporters from three outlets; the one booked on an overlapping trip is flagged before and after.
  await press.goto(`${tripUrl}/participants`);
  const invitePanel = press.getByRole("region", { name: "Invite people" });
  let inviteCall: Awaited<ReturnType<typeof captureAction>> | undefined;
  for (const name of INVITED) {
    await invitePanel.getByLabel("Search the directory (name, with or without diacritics)").fill(name);
    await invitePanel.getByRole("button", { name: "Search" }).click();
    const candidates = invitePanel.getByRole("group", { name: "People in the directory" });
    // The search is a navigation: wait for its answer, where the name is the only match.
    await expect(candidates.getByRole("checkbox")).toHaveCount(1);
    await candidates.getByRole("checkbox", { name, exact: true }).check();
    if (name === ALREADY_BOOKED) await expect(candidates.getByText(/Already booked on “Lâm Đồng/)).toBeVisible();
    const invite = () => invitePanel.getByRole("button", { name: "Invite selected" }).click();
    if (inviteCall) await invite();
    else inviteCall = await captureAction(press, invite);
    await expect(invitePanel.getByText("1 invited.")).toBeVisible();
    await expect(press.getByRole("link", { name, exact: true })).toBeVisible();
  }
  const participants = press.getByRole("table", { name: "People invited and their answers" });
  for (const name of INVITED) await expect(participants.getByRole("link", { name, exact: true })).toBeVisible();
  await expect(participants.getByRole("list", { name: `Warnings for ${ALREADY_BOOKED}` }).getByText(/Already booked on “Lâm Đồng/)).toBeVisible();
  await expect(participants.getByRole("row", { name: /^Anna Schmidt Deutsche Welle/ }).getByText("No warnings")).toBeVisible();
  expect(await seriousViolations(press)).toEqual([]);

  await press.goto(tripUrl);
  await moveTrip(press, "Mark invitations sent", "Invitations sent");

  // 5. Answers, then the trip is confirmed.
  await press.goto(`${tripUrl}/participants`);
  for (const name of INVITED.slice(0, 4)) {
    await participants.getByRole("button", { name: `Accept for ${name}` }).click();
    await expect(press.getByText(`${name} accepted and has a seat.`)).toBeVisible();
  }
  await participants.getByRole("button", { name: "Decline for Anna Schmidt" }).click();
  await expect(press.getByText("Anna Schmidt declined.")).toBeVisible();
  await expect(press.getByText(/4 of 10 seats taken/)).toBeVisible();
  await press.goto(tripUrl);
  await moveTrip(press, "Confirm trip", "Confirmed");

  // 6. The calendar file and the participant list.
  await press.goto(`${tripUrl}/itinerary`);
  const [calendar] = await Promise.all([press.waitForEvent("download"), press.getByRole("link", { name: "Download .ics calendar" }).click()]);
  const ics = await readFile((await calendar.path())!, "utf8");
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(PROGRAM.length + 1);
  expect(ics.replace(/\r\n /g, "")).toContain(`SUMMARY:${title.replace(/[,;]/g, (c) => `\\${c}`)}`);
  expect(ics).toContain("DTSTART;VALUE=DATE:20270113");
  // 09:00 in Hanoi is 02:00 UTC.
  expect(ics).toContain("DTSTART:20270113T020000Z");

  await press.goto(`${tripUrl}/participants`);
  const [sheet] = await Promise.all([press.waitForEvent("download"), press.getByRole("link", { name: "Download participants (XLSX)" }).click()]);
  expect(sheet.suggestedFilename()).toMatch(/participants\.xlsx$/);
  const workbook = await readXlsx(await readFile((await sheet.path())!));
  const rows = workbook["Participants"];
  expect(rows).toBeDefined();
  const names = rows.slice(1).map((row) => row[0]);
  expect(names.sort()).toEqual([...INVITED].sort());
  // A press officer's sheet carries contact details; the seeded needs of Claire Dubois are there.
  expect(rows[0]).toContain("Email");
  expect(rows.find((row) => row[0] === ALREADY_BOOKED)).toContain("Vegetarian");

  // The desk reads the same list without personal data; a writer is kept out of it and of the actions.
  const editor = await signedIn("editor");
  const editorSheet = await editor.request.get(`${BASE_URL}/api/trips/${tripUrl.split("/").pop()}/participants?format=xlsx&sheet=participants`);
  expect(editorSheet.status()).toBe(200);
  const editorRows = (await readXlsx(await editorSheet.body()))["Participants"];
  expect(editorRows[0]).not.toContain("Email");
  expect(JSON.stringify(editorRows)).not.toContain("Vegetarian");
  const writer = await signedIn("writer");
  expect((await writer.request.get(`${tripUrl}/participants`, { maxRedirects: 0 })).status()).toBe(403);
  expect(await actionOutcome(await replayAction(writer.request, inviteCall!))).toEqual({ status: "error", code: "FORBIDDEN" });
  const anonymous = await playwrightRequest.newContext({ baseURL: BASE_URL });
  expect(await actionOutcome(await replayAction(anonymous, inviteCall!))).toEqual({ status: "error", code: "UNAUTHENTICATED" });
  await anonymous.dispose();

  // 7. After the trip: two stories recorded.
  await press.goto(tripUrl);
  await moveTrip(press, "Start trip", "Ongoing");
  await moveTrip(press, "Complete trip", "Completed");
  await press.getByRole("navigation", { name: "Parts of the trip" }).getByRole("link", { name: "Coverage and report" }).click();
  const stories = [
    { outlet: "Agence France-Presse", title: `Au Đắk Lắk, le café se veut durable ${tag}`, url: `https://afp.example.org/2027/01/dak-lak-${tag}`, language: "fr", reach: "50000" },
    { outlet: "Kyodo News", title: `Vietnam's coffee capital ${tag}`, url: `https://kyodo.example.org/2027/01/dak-lak-${tag}`, language: "en", reach: "" },
  ];
  for (const story of stories) {
    const coverageForm = press.getByRole("form", { name: "Add coverage" });
    await coverageForm.getByLabel("Outlet").selectOption({ label: story.outlet });
    await coverageForm.getByLabel("Story title").fill(story.title);
    await coverageForm.getByLabel("Story address (URL)").fill(story.url);
    await coverageForm.getByLabel("Language (ISO 639 code)").fill(story.language);
    await coverageForm.getByLabel("Published on").fill("2027-01-18");
    await coverageForm.getByLabel("Reach (optional)").fill(story.reach);
    await coverageForm.getByRole("button", { name: "Add coverage" }).click();
    await expect(press.getByText("Coverage added.")).toBeVisible();
    await expect(press.getByRole("link", { name: story.title })).toBeVisible();
  }
  await expect(press.getByRole("table", { name: "Coverage by outlet" }).getByRole("row", { name: /Agence France-Presse/ })).toBeVisible();
  expect(await seriousViolations(press)).toEqual([]);

  // 8. The report becomes a draft article, which the desk then finds in its list.
  await press.getByLabel("Article language").selectOption({ label: "English" });
  await press.getByRole("button", { name: "Create draft article from report" }).click();
  await expect(press.getByText("Draft created. The draft is with the editorial desk.")).toBeVisible();

  await editor.goto("/admin/articles?q=field%20trip%20to%20Dak%20Lak");
  const draft = editor.getByRole("link", { name: /field trip to Dak Lak, 13–15 January 2027/ });
  await expect(draft).toBeVisible();
  await draft.click();
  await expect(editor).toHaveURL(/\/admin\/articles\/[0-9a-f-]{36}$/);
  await expect(editor.getByText("Draft", { exact: true }).first()).toBeVisible();
  await expect(editor.locator(".ProseMirror")).toContainText("Agence France-Presse");
  await expect(editor.locator(".ProseMirror")).toContainText(stories[1].title);
});
