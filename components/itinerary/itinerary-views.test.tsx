import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { createTranslator } from "@/lib/i18n/translator";
import { groupByDay, type ProgramItem } from "@/lib/itinerary/program";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { ItineraryEditor } from "./itinerary-editor";
import { ProgramTable } from "./program-table";

const DAYS = ["2027-03-10", "2027-03-11"];
const items: ProgramItem[] = [
  { id: "0b0e7a52-9a43-4b73-8d0a-2f1e3c4d5e6f", day: "2027-03-10", startMinute: 570, endMinute: 660, activity: "Provincial leaders", place: "Buôn Ma Thuột", host: "People's Committee", transport: "Bus", notes: "Internal note", forSubset: false, attendees: [] },
  { id: "1c1f8b63-ab54-4c84-9e1b-3a2f4d5e6f70", day: "2027-03-10", startMinute: 600, endMinute: null, activity: "Interview", place: "", host: "", transport: "", notes: "", forSubset: true, attendees: [{ contactId: "2b9f6a1e-3c4d-4e5f-9a8b-7c6d5e4f3a2b", name: "Anna Schmidt" }] },
];

describe("the program table", () => {
  test("a table per day in the language asked for, who attends, and no notes unless asked", () => {
    const html = renderToStaticMarkup(<ProgramTable days={groupByDay(items, DAYS)} tripDays={DAYS} locale="vi" t={createTranslator("vi")} />);
    expect(html).toContain("Ngày 1 · ");
    expect(html).toContain("10 tháng 3, 2027");
    expect(html).toContain("Ngày 2 · ");
    expect(html).toContain("Chưa có hoạt động nào trong ngày này.");
    expect(html).toContain("09:30–11:00");
    expect(html).toContain("Tất cả thành phần");
    expect(html).toContain("Anna Schmidt");
    expect(html).not.toContain("Internal note");
    expect(renderToStaticMarkup(<ProgramTable days={groupByDay(items, DAYS)} tripDays={DAYS} locale="en" t={createTranslator("en")} showNotes />)).toContain("Internal note");
  });
});

describe("the editor's first render", () => {
  const html = renderToStaticMarkup(
    <I18nProvider locale="en">
      <ItineraryEditor tripId="7f1c3b0e-1d2a-4c5b-8e9f-0a1b2c3d4e5f" itineraryVersion={3} tripDays={DAYS} dayLabels={{ "2027-03-10": "Wednesday, 10 March 2027", "2027-03-11": "Thursday, 11 March 2027" }} items={items} participants={[{ contactId: "2b9f6a1e-3c4d-4e5f-9a8b-7c6d5e4f3a2b", name: "Anna Schmidt" }]} />
    </I18nProvider>,
  );

  test("names each day's region and each item's group, with Move buttons disabled at the ends", () => {
    expect(html).toMatch(/<section aria-labelledby="itinerary-day-2027-03-10"/);
    expect(html).toContain('id="item-0b0e7a52-9a43-4b73-8d0a-2f1e3c4d5e6f-label" class="text-sm font-semibold text-slate-800">Day 1, item 1</span>');
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*id="item-0b0e7a52-9a43-4b73-8d0a-2f1e3c4d5e6f-move-up"/);
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*id="item-1c1f8b63-ab54-4c84-9e1b-3a2f4d5e6f70-move-down"/);
    expect(html).not.toMatch(/<button[^>]*disabled=""[^>]*id="item-0b0e7a52-9a43-4b73-8d0a-2f1e3c4d5e6f-move-down"/);
    expect(html.match(/>Add item</g)).toHaveLength(2);
    expect(html).toContain(">Save program<");
  });

  test("ties every label to its input and shows the overlap beside both items", () => {
    expect(html).toContain('<label for="item-0b0e7a52-9a43-4b73-8d0a-2f1e3c4d5e6f-activity"');
    expect(html).toContain('id="item-0b0e7a52-9a43-4b73-8d0a-2f1e3c4d5e6f-activity"');
    expect(html).toContain("Overlaps “Interview” (10:00): someone attends both.");
    expect(html).toContain("Overlaps “Provincial leaders” (09:30–11:00): someone attends both.");
    expect(html).toContain('value="09:30"');
  });
});
