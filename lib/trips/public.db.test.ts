/**
 * The public side of trips on a real database: the public page saved over its
 * version by press officers, the one published-only filter (public flag,
 * approved and not cancelled, a text in the locale), and no participant data
 * anywhere in what the reader site gets, down to the rendered recap.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, test } from "vitest";
import { TripRecap } from "@/components/site/trip-recap";
import { db } from "@/lib/db";
import type { TripStatus } from "@/lib/generated/prisma/enums";
import { articles, users, type TestUser } from "@/lib/test/factories";
import { refusal } from "@/lib/test/refusal";
import { contacts, outlets, trips } from "@/lib/test/trip-factories";
import { addCoverage, linkTripArticle } from "./coverage";
import { addCoverageSchema, savePublicPageSchema } from "./coverage-schemas";
import { getPublicTrip, listPublicTrips, listPublicTripStories } from "./public-queries";
import { getTripPublicPage, saveTripPublicPage } from "./public-text";

let press: TestUser;
let editor: TestUser;
let writer: TestUser;
let admin: TestUser;
const SECRETS = ["Camille Secretname", "camille@private.example", "+33 6 12 34 56 78", "Allergic to peanuts"];

const save = (actor: TestUser, tripId: string, publicVersion: number, fields: Record<string, unknown>) =>
  saveTripPublicPage({ actor, input: savePublicPageSchema.parse({ tripId, publicVersion, ...fields }) });

async function publicTrip(status: TripStatus, title: string, fields: Record<string, unknown> = {}) {
  const trip = await trips.create({ createdById: press.id, status: status === "CANCELLED" ? "APPROVED" : status, startsOn: "2023-09-16", endsOn: "2023-09-18" });
  const contact = await contacts.create({ createdById: press.id, latinName: SECRETS[0], email: SECRETS[1], phone: SECRETS[2], needs: SECRETS[3] });
  await db.tripParticipant.create({ data: { tripId: trip.id, contactId: contact.id, status: "ATTENDED", invitedById: press.id } });
  if (status !== "PLANNED" && status !== "IDEA") await save(press, trip.id, 1, { isPublic: "on", viTitle: title, viSummary: "Đoạn một.\n\nĐoạn hai.", enTitle: `${title} (en)`, ...fields });
  // A cancellation after the page went public (the trips workflow's own transition, done directly here).
  if (status === "CANCELLED") await db.trip.update({ where: { id: trip.id }, data: { status: "CANCELLED", cancelReason: "Storm" } });
  return trip;
}

beforeAll(async () => {
  [press, editor, writer, admin] = await Promise.all([
    users.create({ roles: ["PRESS_OFFICER"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["WRITER"] }),
    users.create({ roles: ["ADMIN"] }),
  ]);
});

describe("the public page, saved by press officers over its version", () => {
  test("only from approval on, never while cancelled; taking it off is always possible", async () => {
    const planned = await trips.create({ createdById: press.id, status: "PLANNED" });
    const early = await refusal(save(press, planned.id, 1, { isPublic: "on", viTitle: "Sớm quá" }));
    expect(early.fieldErrors).toEqual({ isPublic: ["coverage.public.notYet"] });
    expect(await db.tripPublicText.count({ where: { tripId: planned.id } })).toBe(0);
    // Texts can be prepared before the trip may show.
    expect((await save(press, planned.id, 1, { viTitle: "Chuẩn bị trước" })).isPublic).toBe(false);

    const cancelled = await trips.create({ createdById: press.id, status: "CANCELLED" });
    expect((await refusal(save(press, cancelled.id, 1, { isPublic: "on", viTitle: "Đã hủy" }))).fieldErrors).toEqual({ isPublic: ["coverage.public.notYet"] });
  });

  test("a stale version is CONFLICT; a public page needs a title; a summary needs its title", async () => {
    const trip = await trips.create({ createdById: press.id, status: "COMPLETED" });
    expect((await refusal(save(press, trip.id, 1, { isPublic: "on" }))).fieldErrors).toEqual({ viTitle: ["coverage.public.needsText"] });
    expect((await refusal(save(press, trip.id, 1, { enSummary: "No title" }))).fieldErrors).toEqual({ enTitle: ["validation.required"] });
    await save(press, trip.id, 1, { isPublic: "on", viTitle: "Lần một" });
    expect((await refusal(save(press, trip.id, 1, { isPublic: "on", viTitle: "Lần hai, cũ" }))).code).toBe("CONFLICT");
    const page = await getTripPublicPage({ actor: editor, tripId: trip.id });
    expect(page).toMatchObject({ isPublic: true, publicVersion: 2, texts: { vi: { title: "Lần một", slug: "lan-mot" } } });
    expect(await db.tripActivity.count({ where: { tripId: trip.id, kind: "PUBLIC_PAGE_UPDATED" } })).toBe(1);
  });

  test("slugs come from the title, with a numeric suffix when another trip has it", async () => {
    const [a, b] = await Promise.all([trips.create({ createdById: press.id, status: "APPROVED" }), trips.create({ createdById: press.id, status: "APPROVED" })]);
    await save(press, a.id, 1, { viTitle: "Đoàn báo chí thăm Đắk Lắk" });
    const second = await save(press, b.id, 1, { viTitle: "Đoàn báo chí thăm Đắk Lắk" });
    expect(second.slugs).toEqual([{ locale: "vi", slug: "doan-bao-chi-tham-dak-lak-2" }]);
    // Saving the same title again keeps the trip's own slug.
    expect((await save(press, a.id, 2, { viTitle: "Đoàn báo chí thăm Đắk Lắk" })).slugs).toEqual([
      { locale: "vi", slug: "doan-bao-chi-tham-dak-lak" },
      { locale: "vi", slug: "doan-bao-chi-tham-dak-lak" },
    ]);
  });

  test("editors read it, writers get nothing, neither saves", async () => {
    const trip = await trips.create({ createdById: press.id, status: "APPROVED" });
    expect((await refusal(save(editor, trip.id, 1, { viTitle: "x" }))).code).toBe("FORBIDDEN");
    expect((await refusal(save(writer, trip.id, 1, { viTitle: "x" }))).code).toBe("FORBIDDEN");
    expect((await refusal(getTripPublicPage({ actor: writer, tripId: trip.id }))).code).toBe("FORBIDDEN");
    expect(savePublicPageSchema.safeParse({ tripId: trip.id, publicVersion: 1, viSlug: "chosen" }).error?.issues[0].message).toBe("validation.unknownField");
  });
});

describe("what readers get", () => {
  test("only public trips in allowed statuses with a text in the locale, newest first, without participant data", async () => {
    const shown = await publicTrip("COMPLETED", "Thăm Đắk Lắk công khai");
    const approved = await publicTrip("APPROVED", "Chuyến đi đã duyệt");
    const viOnly = await publicTrip("REPORTED", "Chỉ tiếng Việt", { enTitle: "" });
    await publicTrip("CANCELLED", "Chuyến đi đã hủy");
    await publicTrip("PLANNED", "Chưa duyệt");
    const hidden = await trips.create({ createdById: press.id, status: "COMPLETED" });
    await save(press, hidden.id, 1, { viTitle: "Không công khai" });
    await db.trip.update({ where: { id: approved.id }, data: { startsOn: new Date("2024-01-10"), endsOn: new Date("2024-01-12") } });
    await db.trip.update({ where: { id: viOnly.id }, data: { startsOn: new Date("2023-03-01"), endsOn: new Date("2023-03-02") } });

    // Earlier tests of this file made other trips public; this one looks at its own among them.
    const mine = (titles: string[]) => titles.filter((title) => /duyệt|công khai|Chỉ tiếng Việt|hủy|Chưa duyệt|Không công khai/.test(title));
    const vi = await listPublicTrips({ locale: "vi" });
    expect(mine(vi.map((trip) => trip.title))).toEqual(["Chuyến đi đã duyệt", "Thăm Đắk Lắk công khai", "Chỉ tiếng Việt"]);
    expect(mine((await listPublicTrips({ locale: "en" })).map((trip) => trip.title))).toEqual(["Chuyến đi đã duyệt (en)", "Thăm Đắk Lắk công khai (en)"]);
    expect(await getPublicTrip({ locale: "en", slug: (await getTripPublicPage({ actor: press, tripId: viOnly.id })).texts.vi!.slug })).toBeNull();
    expect(await getPublicTrip({ locale: "vi", slug: "chuyen-di-da-huy" })).toBeNull();
    expect(await getPublicTrip({ locale: "vi", slug: "khong-cong-khai" })).toBeNull();

    const outlet = await outlets.create({ name: "Le Figaro" });
    await addCoverage({
      actor: press,
      input: addCoverageSchema.parse({ tripId: shown.id, outletId: outlet.id, title: "Au pays du café", url: "https://www.lefigaro.fr/cafe", language: "fr", publishedOn: "2023-09-21", reach: 900 }),
    });
    const published = await articles.insert({ author: admin, status: "PUBLISHED", title: "Phóng viên quốc tế ở Đắk Lắk" });
    const draft = await articles.insert({ author: admin, status: "DRAFT", title: "Bản nháp chưa đăng" });
    await linkTripArticle({ actor: admin, input: { tripId: shown.id, articleId: published.id } });
    await linkTripArticle({ actor: admin, input: { tripId: shown.id, articleId: draft.id } });

    const trip = await getPublicTrip({ locale: "vi", slug: "tham-dak-lak-cong-khai" });
    expect(trip).toMatchObject({
      title: "Thăm Đắk Lắk công khai",
      summary: "Đoạn một.\n\nĐoạn hai.",
      startsOn: "2023-09-16",
      coverage: [{ outletName: "Le Figaro", title: "Au pays du café", url: "https://www.lefigaro.fr/cafe", language: "fr", publishedOn: "2023-09-21" }],
      translations: [{ locale: "en", slug: "tham-dak-lak-cong-khai-en" }],
    });
    expect(trip!.coverage[0]).not.toHaveProperty("reach");
    const stories = await listPublicTripStories({ locale: "vi", tripId: trip!.id });
    expect(stories).toEqual([{ title: "Phóng viên quốc tế ở Đắk Lắk", slug: published.slug }]);

    const serialized = JSON.stringify({ vi, trip, stories });
    for (const secret of [...SECRETS, "Bản nháp chưa đăng"]) expect(serialized).not.toContain(secret);

    const html = renderToStaticMarkup(createElement(TripRecap, { locale: "vi", trip: trip!, stories: stories.map((story) => ({ title: story.title, href: `/vi/bai-viet/${story.slug}` })) }));
    expect(html).toContain("<h1");
    expect(html).toContain("Thăm Đắk Lắk công khai");
    expect(html).toContain("<p>Đoạn một.</p><p>Đoạn hai.</p>");
    expect(html).toContain('href="https://www.lefigaro.fr/cafe" rel="noopener noreferrer nofollow"');
    expect(html).toContain("(trang ngoài)");
    expect(html).toContain(`href="/vi/bai-viet/${published.slug}"`);
    for (const secret of [...SECRETS, "Bản nháp chưa đăng"]) expect(html).not.toContain(secret);
  });

  test("a cancelled trip serves none of its linked stories", async () => {
    const cancelled = await publicTrip("CANCELLED", "Hủy rồi có bài");
    const story = await articles.insert({ author: admin, status: "PUBLISHED" });
    await db.tripArticle.create({ data: { tripId: cancelled.id, articleId: story.id, linkedById: admin.id } });
    expect(await listPublicTripStories({ locale: "vi", tripId: cancelled.id })).toEqual([]);
  });
});
