import { describe, expect, test } from "vitest";
import { foldDiacritics, searchKey, slugify, SLUG_MAX_LENGTH, SLUG_PATTERN } from "./slug";

describe("slugify", () => {
  test.each([
    ["Đắk Lắk", "dak-lak"],
    ["Nghệ An", "nghe-an"],
    ["Thừa Thiên Huế", "thua-thien-hue"],
    ["Hội nghị Thông tin đối ngoại 2023", "hoi-nghi-thong-tin-doi-ngoai-2023"],
    ["ĐÀ NẴNG", "da-nang"],
    ["Bà Rịa – Vũng Tàu", "ba-ria-vung-tau"],
    ["Kết luận số 57-KL/TW ngày 15/6/2023", "ket-luan-so-57-kl-tw-ngay-15-6-2023"],
    ["Phóng viên nước ngoài thăm Quảng Trị", "phong-vien-nuoc-ngoai-tham-quang-tri"],
    ["Ơn nghĩa, ưu tiên & ổn định", "on-nghia-uu-tien-on-dinh"],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  test("decomposed (NFD) and composed (NFC) text give the same slug", () => {
    const title = "Thừa Thiên Huế";
    expect(slugify(title.normalize("NFD"))).toBe(slugify(title.normalize("NFC")));
  });

  test.each([
    ["  Hello, world!!  ", "hello-world"],
    ["C'est l'été", "c-est-l-ete"],
    ["a -- b __ c", "a-b-c"],
    ["«Ngoại giao» & “báo chí”?", "ngoai-giao-bao-chi"],
    ["Tin nóng 🔥 hôm nay", "tin-nong-hom-nay"],
  ])("punctuation and symbols: %s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  test.each(["", "   ", "!!! ??? ---", "🔥🔥", "中文"])("nothing usable (%j) gives an empty slug", (title) => {
    expect(slugify(title)).toBe("");
  });

  test("long titles are cut at the limit without a trailing hyphen", () => {
    const slug = slugify("Thông tin đối ngoại ".repeat(20));
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.length).toBeGreaterThan(SLUG_MAX_LENGTH - 12);
    expect(slug.endsWith("-")).toBe(false);
    expect(slug.startsWith("thong-tin-doi-ngoai-thong-tin")).toBe(true);
  });

  test("a cut that lands on a hyphen drops it", () => {
    const title = `${"a".repeat(SLUG_MAX_LENGTH - 1)} b`;
    expect(slugify(title)).toBe("a".repeat(SLUG_MAX_LENGTH - 1));
  });

  test.each(["Đắk Lắk", "  Hello, world!!  ", "Kết luận số 57-KL/TW", "x".repeat(500)])("every non-empty slug of %j matches SLUG_PATTERN", (title) => {
    expect(slugify(title)).toMatch(SLUG_PATTERN);
  });
});

describe("SLUG_PATTERN", () => {
  test.each(["dak-lak", "a", "2023", "hoi-nghi-2023"])("accepts %s", (slug) => expect(SLUG_PATTERN.test(slug)).toBe(true));
  test.each(["Dak-Lak", "dak--lak", "-dak", "dak-", "đắk-lắk", "dak lak", "dak_lak", ""])("refuses %j", (slug) =>
    expect(SLUG_PATTERN.test(slug)).toBe(false),
  );
});

describe("folding and search keys", () => {
  test("foldDiacritics keeps case and spacing", () => {
    expect(foldDiacritics("Đắk Lắk")).toBe("Dak Lak");
    expect(foldDiacritics("Thừa Thiên Huế")).toBe("Thua Thien Hue");
  });

  test("searchKey is lower-case, folded and single-spaced", () => {
    expect(searchKey("  Đắk   Lắk\n Buôn Ma Thuột ")).toBe("dak lak buon ma thuot");
  });
});
