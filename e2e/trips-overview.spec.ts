/**
 * The trips as the service reviews them, on the seeded data: the period
 * figures, the month calendar, a printable program in Vietnamese whatever the
 * UI language, and the public recap readers get — which names no participant.
 */
import { test, expect, seriousViolations } from "./fixtures";

const CONFIRMED_TRIP = "Lâm Đồng: nông nghiệp công nghệ cao và Festival Hoa Đà Lạt";

test("the period figures, the month calendar and the printable program", async ({ signedIn }) => {
  const press = await signedIn("press");
  await press.goto("/admin/trips?from=2024-12-01&to=2026-11-30");
  const figures = press.getByRole("region", { name: "Overview for a period" });
  // Thirteen trips took place in the two seeded years; the storm-cancelled one does not count.
  await expect(figures.getByText(/the service ran 13 trips with \d+ participants from \d+ countries and \d+ outlets, producing \d+ stories\./)).toBeVisible();

  await press.getByRole("link", { name: "Calendar", exact: true }).click();
  await expect(press).toHaveURL(/\/admin\/trips\/calendar/);
  await press.goto("/admin/trips/calendar?month=2027-01");
  await expect(press.getByRole("heading", { level: 1, name: "Trip calendar" })).toBeVisible();
  const month = press.getByRole("table");
  // A three-day trip shows on each of its days.
  await expect(month.getByRole("link", { name: CONFIRMED_TRIP })).toHaveCount(3);
  expect(await seriousViolations(press)).toEqual([]);
  await press.getByRole("link", { name: "Next month" }).click();
  await expect(press).toHaveURL(/month=2027-02/);
  await expect(press.getByRole("table").getByRole("link", { name: CONFIRMED_TRIP })).toHaveCount(0);

  await press.goto("/admin/trips?q=festival%20hoa");
  await press.getByRole("link", { name: CONFIRMED_TRIP }).click();
  await press.getByRole("navigation", { name: "Parts of the trip" }).getByRole("link", { name: "Program" }).click();
  await press.getByRole("link", { name: "Printable program (Vietnamese)" }).click();
  await expect(press).toHaveURL(/\/itinerary\/print\?lang=vi$/);
  const printed = press;
  await expect(printed.getByRole("heading", { level: 1, name: CONFIRMED_TRIP })).toBeVisible();
  await expect(printed.getByRole("heading", { name: "Ngày 3 · Thứ Năm, 14 tháng 1, 2027" })).toBeVisible();
  await expect(printed.getByRole("rowheader", { name: "Festival Hoa Đà Lạt" })).toBeVisible();
  await expect(printed.getByRole("cell", { name: "Quảng trường Lâm Viên" })).toBeVisible();
  // The program is printed in Vietnamese whatever the newsroom's language, its button included.
  await expect(printed.getByRole("button", { name: "In", exact: true })).toBeVisible();
  expect(await seriousViolations(printed)).toEqual([]);
});

test("readers get the public recap of a trip, with its coverage and no participant", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("contentinfo").getByRole("link", { name: "Press trips" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Press trips" })).toBeVisible();
  await page.getByRole("link", { name: "Foreign reporters learn about sustainable coffee in Đắk Lắk" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Foreign reporters learn about sustainable coffee in Đắk Lắk" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "In the press" })).toBeVisible();
  await expect(page.getByRole("link", { name: /Vietnam's coffee capital goes for traceable beans/ })).toHaveAttribute("rel", "noopener noreferrer nofollow");
  const html = await page.content();
  for (const participant of ["Tanaka", "Dubois", "Schmidt", "claire.dubois@afp.example.org", "Vegetarian"]) expect(html).not.toContain(participant);
  expect(await seriousViolations(page)).toEqual([]);
  // Not public: an unannounced trip has no page.
  expect((await page.request.get("/en/trips/cao-bang-cong-vien-dia-chat-toan-cau")).status()).toBe(404);
});
