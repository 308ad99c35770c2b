import { describe, expect, test } from "vitest";
import { HEADING_LEVELS, RICH_TEXT_MARKS, RICH_TEXT_NODES, richTextDocSchema, type RichTextNode } from "@/lib/articles/rich-text";
import type { TripReport } from "./report";
import { buildReportDraft, tripDays, type ReportDraftSource } from "./report-draft";

const report: TripReport = {
  participants: {
    withSeat: 4,
    noShows: 1,
    byCountry: [
      { key: "FR", count: 2 },
      { key: "JP", count: 1 },
      { key: "DE", count: 1 },
    ],
    byParty: [
      { kind: "outlet", name: "Le Monde", count: 2 },
      { kind: "outlet", name: "NHK", count: 1 },
      { kind: "none", name: null, count: 1 },
    ],
  },
  coverage: {
    total: 3,
    byOutlet: [
      { outletId: "o-1", name: "Le Monde", count: 2, reach: 1000 },
      { outletId: null, name: null, count: 1, reach: 0 },
    ],
    byLanguage: [
      { key: "fr", count: 2 },
      { key: "en", count: 1 },
    ],
    knownReach: 1000,
    unknownReach: 2,
    tone: { POSITIVE: 1, NEUTRAL: 2, NEGATIVE: 0 },
    firstOn: "2023-09-18",
    lastOn: "2023-09-25",
  },
  articles: [],
};

const source = (overrides: Partial<ReportDraftSource> = {}): ReportDraftSource => ({
  locale: "en",
  trip: { provinceCodes: ["DLK"], startsOn: "2023-09-16", endsOn: "2023-09-18", topic: "the province's economic and social development" },
  report,
  coverage: [
    { outlet: { id: "o-1", name: "Le Monde" }, title: "Le café du Đắk Lắk", url: "https://www.lemonde.fr/cafe" },
    { outlet: { id: "o-1", name: "Le Monde" }, title: "Les hauts plateaux", url: "https://www.lemonde.fr/plateaux" },
    // Refused at the boundary; should one ever reach the builder it is text, never a link.
    { outlet: null, title: "<script>alert(1)</script>", url: "javascript:alert(1)" },
  ],
  ...overrides,
});

function walk(node: RichTextNode, visit: (node: RichTextNode) => void) {
  visit(node);
  for (const child of node.content ?? []) walk(child, visit);
}

describe("the draft body built from a report", () => {
  test("passes the rich-text allow-list and uses only paragraphs, headings, bullet lists, text and links", () => {
    const { body } = buildReportDraft(source());
    expect(richTextDocSchema.safeParse(body).success).toBe(true);
    const types = new Set<string>();
    const marks = new Set<string>();
    walk(body as RichTextNode, (node) => {
      types.add(node.type);
      for (const mark of node.marks ?? []) marks.add(mark.type);
      if (node.type === "text") expect(node.text).not.toBe("");
      if (node.type === "heading") expect(HEADING_LEVELS).toContain(node.attrs?.level);
    });
    expect([...types].sort()).toEqual(["bulletList", "doc", "heading", "listItem", "paragraph", "text"]);
    for (const type of types) expect(RICH_TEXT_NODES).toContain(type);
    expect([...marks]).toEqual(["link"]);
    for (const mark of marks) expect(RICH_TEXT_MARKS).toContain(mark);
  });

  test("lists participants by country and outlet and the coverage by outlet, each story linked", () => {
    const { body } = buildReportDraft(source());
    const json = JSON.stringify(body);
    expect(json).toContain("France: 2");
    expect(json).toContain("Japan: 1");
    expect(json).toContain("Le Monde: 2");
    expect(json).toContain("No outlet or mission: 1");
    expect(json).toContain("Le Monde (2): ");
    expect(json).toContain('"marks":[{"type":"link","attrs":{"href":"https://www.lemonde.fr/cafe"}}]');
    expect(json).not.toContain("javascript:");
    expect(json).toContain("<script>alert(1)</script>");
  });

  test("the title and lead name the destination and the days in the chosen locale", () => {
    expect(buildReportDraft(source()).title).toBe("Foreign reporters' field trip to Dak Lak, 16–18 September 2023");
    const vi = buildReportDraft(source({ locale: "vi" }));
    expect(vi.title).toBe("Đoàn phóng viên nước ngoài thăm Đắk Lắk, 16–18 tháng 9, 2023");
    expect(vi.sapo).toContain("Đắk Lắk");
    expect(JSON.stringify(vi.body)).toContain("Pháp: 2");
  });

  test("a trip without coverage says so, and an over-long topic still fits the lead", () => {
    const empty = { ...report, coverage: { ...report.coverage, total: 0, byOutlet: [], byLanguage: [], knownReach: 0, unknownReach: 0 } };
    const draft = buildReportDraft(source({ report: empty, coverage: [], trip: { ...source().trip, topic: "x".repeat(5000) } }));
    expect(richTextDocSchema.safeParse(draft.body).success).toBe(true);
    expect(JSON.stringify(draft.body)).toContain("No coverage recorded yet.");
    expect(draft.sapo.length).toBeLessThanOrEqual(1000);
  });

  test("days across months keep the dash spaced; a one-day trip is one date", () => {
    // ICU spaces this dash with thin spaces; only same-month day spans are closed up.
    expect(tripDays("en", "2023-09-30", "2023-10-02")).toMatch(/^30 September\s–\s2 October 2023$/);
    expect(tripDays("en", "2023-09-16", "2023-09-16")).toBe("16 September 2023");
  });
});
