import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import type { ProgramConflict } from "@/lib/delegations/program-conflicts";
import { createTranslator } from "@/lib/i18n/translator";
import type { ProgramItem } from "@/lib/itinerary/program";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { conflictText, ConflictList } from "./conflict-list";
import { EscortPanel } from "./escort-panel";

const ITEM: ProgramItem = { id: "0b0e7a52-9a43-4b73-8d0a-2f1e3c4d5e6f", day: "2027-05-10", startMinute: 600, endMinute: 720, activity: "Museum", place: "", host: "Bảo tàng", transport: "", notes: "", forSubset: false, attendees: [] };
const OTHER = { id: "1c1f8b63-ab54-4c84-9e1b-3a2f4d5e6f70", reference: "DL-2027-00007", outletName: "Le Monde" };
const en = createTranslator("en");

describe("conflict sentences", () => {
  test("name the item, the person or host and the other delegation", () => {
    const escort: ProgramConflict = { kind: "escortBusy", key: ITEM.id, escortName: "Trần Thị Hoa", other: OTHER, otherActivity: "Factory visit", otherStart: 540, otherEnd: 660 };
    expect(conflictText(escort, ITEM, "en", en)).toBe("“Museum” (10:00–12:00): Trần Thị Hoa is with delegation DL-2027-00007 · Le Monde at the same time, at “Factory visit” (09:00–11:00).");
    const host: ProgramConflict = { kind: "hostBusy", key: ITEM.id, host: "Bảo tàng", other: OTHER, otherActivity: "Talk", otherStart: 660, otherEnd: null };
    expect(conflictText(host, ITEM, "en", en)).toBe("“Museum” (10:00–12:00): Bảo tàng receives delegation DL-2027-00007 · Le Monde at the same time, at “Talk” (11:00).");
    const trip: ProgramConflict = { kind: "escortOnTrip", key: ITEM.id, escortName: "Lê Minh", trip: { id: OTHER.id, title: "Tây Nguyên" } };
    expect(conflictText(trip, ITEM, "vi", createTranslator("vi"))).toContain("Lê Minh đang tháp tùng chuyến đi “Tây Nguyên”");
  });

  test("the list says when there are none", () => {
    expect(renderToStaticMarkup(<ConflictList conflicts={[]} items={[]} locale="en" t={en} />)).toContain("No conflicts.");
  });
});

describe("the escort panel", () => {
  const html = renderToStaticMarkup(
    <I18nProvider locale="en">
      <EscortPanel
        delegationId={OTHER.id}
        version={2}
        escorts={[{ contactId: "2b9f6a1e-3c4d-4e5f-9a8b-7c6d5e4f3a2b", name: "Trần Thị Hoa", roleLabel: "Escort officer" }]}
        candidates={[{ contactId: "3c9f6a1e-3c4d-4e5f-9a8b-7c6d5e4f3a2b", name: "Lê Minh", roleLabel: "Interpreter" }]}
        warnings={["Trần Thị Hoa is also assigned to delegation DL-2027-00008, whose stay overlaps."]}
        canEdit
      />
    </I18nProvider>,
  );

  test("ties the picker to its label and names the buttons", () => {
    expect(html).toContain('<label for="field-escortContactId"');
    expect(html).toContain(">Escort officer or interpreter<");
    expect(html).toContain(">Lê Minh (Interpreter)</option>");
    expect(html).toContain(">Assign escort<");
    expect(html).toContain(">Remove Trần Thị Hoa<");
    expect(html).toContain("whose stay overlaps.");
  });
});
