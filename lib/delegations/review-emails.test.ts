import { expect, test } from "vitest";
import { maskPassportNumber } from "./masking";
import { decisionEmail } from "./review-emails";

const facts = { reference: "DL-2026-00042", outletName: "Le Monde", contactName: "Claire Martin", note: "Bão ở Đắk Lắk" };

test("the applicant's language comes first, the other below, the reference in both", () => {
  const mail = decisionEmail({ ...facts, status: "REJECTED", locale: "vi" });
  expect(mail.kind).toBe("delegation.rejected");
  expect(mail.subject).toBe("Hồ sơ DL-2026-00042: không được chấp thuận / Application DL-2026-00042: not approved");
  const [first, second] = mail.text.split("────────────────────────");
  expect(first).toContain("Kính gửi Claire Martin,");
  expect(first).toContain("Lý do:\nBão ở Đắk Lắk");
  expect(second).toContain("Dear Claire Martin,");
  expect(second).toContain("Reason:\nBão ở Đắk Lắk");
  expect(first).toContain("DL-2026-00042");
  expect(second).toContain("DL-2026-00042");
});

test("a language we do not write in gets English first", () => {
  const mail = decisionEmail({ ...facts, status: "APPROVED", locale: "fr", note: null });
  expect(mail.subject.startsWith("Application DL-2026-00042: approved /")).toBe(true);
  expect(mail.text).not.toContain("Note:");
});

test("a passport number is masked to its last four characters", () => {
  expect(maskPassportNumber("1234")).toBe("•••••1234");
  expect(maskPassportNumber("")).toBe("•••••");
});
