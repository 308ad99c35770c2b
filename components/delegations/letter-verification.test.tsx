import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import type { LetterVerification as Verification } from "@/lib/delegations/letter-verification";
import { formatCalendarRange } from "@/lib/i18n/calendar-date";
import { LetterVerification } from "./letter-verification";

const valid: Verification = {
  reference: "DL-2026-00042",
  outletName: "NHK",
  outletCountry: "JP",
  arrivalOn: "2026-12-10",
  departureOn: "2026-12-16",
  issuedAt: new Date("2026-12-01T02:30:00Z"),
  memberCount: 3,
  validity: "VALID",
};

describe("the letter verification page", () => {
  test("in English: heading, status and the letter's facts", () => {
    const html = renderToStaticMarkup(<LetterVerification locale="en" verification={valid} />);
    expect(html).toContain("<h1");
    expect(html).toContain("Verify a decision letter");
    expect(html).toContain("Valid");
    for (const label of ["Reference number", "Outlet", "Country", "Permitted stay", "Members", "Issued on"]) expect(html).toContain(`>${label}</dt>`);
    expect(html).toContain("DL-2026-00042");
    expect(html).toContain("Japan");
    expect(html).toContain(formatCalendarRange("en", "2026-12-10", "2026-12-16"));
    expect(html).toContain("1 December 2026");
  });

  test("in Vietnamese, a revoked letter says so", () => {
    const html = renderToStaticMarkup(<LetterVerification locale="vi" verification={{ ...valid, validity: "REVOKED" }} />);
    expect(html).toContain("Kiểm tra thư chấp thuận");
    expect(html).toContain("Đã bị thu hồi");
    expect(html).not.toContain("Còn hiệu lực");
    expect(html).toContain("Nhật Bản");
  });
});
