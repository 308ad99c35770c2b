import { describe, expect, test } from "vitest";
import { currentProvinceFor, isProvinceCode, PROVINCES, PROVINCES_EFFECTIVE_FROM, provinceByCode, provinceName, sortedProvinces } from "./provinces";

describe("the provinces of Vietnam", () => {
  test("34 units in force since 2025-07-01, with unique codes, absorbing the 63 former units once each", () => {
    expect(PROVINCES_EFFECTIVE_FROM).toBe("2025-07-01");
    expect(PROVINCES).toHaveLength(34);
    expect(new Set(PROVINCES.map((province) => province.code)).size).toBe(34);
    const former = PROVINCES.flatMap((province) => province.formerly);
    expect(former).toHaveLength(63);
    expect(new Set(former).size).toBe(63);
  });

  test("codes are recognised and named per locale", () => {
    expect(isProvinceCode("DLK")).toBe(true);
    expect(isProvinceCode("dlk")).toBe(false);
    expect(isProvinceCode("XX")).toBe(false);
    const dakLak = provinceByCode("DLK")!;
    expect(provinceName(dakLak, "vi")).toBe("Đắk Lắk");
    expect(provinceName(dakLak, "en")).toBe("Dak Lak");
  });

  test.each([
    ["Đắk Lắk", "DLK"],
    ["Dak Lak", "DLK"],
    ["Phú Yên", "DLK"],
    ["dak nong", "LD"],
    ["Thừa Thiên Huế", "HUE"],
    ["Hue", "HUE"],
    ["Hải Dương", "HP"],
  ])("%s is today part of %s", (name, code) => {
    expect(currentProvinceFor(name)?.code).toBe(code);
  });

  test("an unknown name maps to nothing", () => {
    expect(currentProvinceFor("Atlantis")).toBeUndefined();
  });

  test("pickers sort by the reader's language: Vietnamese letters in Vietnamese order", () => {
    const vi = sortedProvinces("vi").map((province) => province.name);
    // "Đ" sorts after "D" and before "E" in Vietnamese, not after "Z" as raw code points would put it.
    const firstD = vi.findIndex((name) => name.startsWith("Đ"));
    expect(firstD).toBeGreaterThan(-1);
    expect(vi.slice(firstD).every((name) => !name.startsWith("A") && !name.startsWith("B") && !name.startsWith("C"))).toBe(true);
    expect(vi.findIndex((name) => name.startsWith("G"))).toBeGreaterThan(firstD);
    expect(sortedProvinces("en")[0].nameEn <= sortedProvinces("en")[1].nameEn).toBe(true);
  });
});
