import { describe, expect, test } from "vitest";
import { accreditationFromCell, CONTACT_CSV_COLUMNS, columnForHeader, columnLabel, columnsFor, HEADER_SPELLINGS, roleFromCell, unneutralised } from "./csv-columns";

describe("CSV columns", () => {
  test("no spelling of a header names two columns", () => {
    const owners = new Map<string, Set<string>>();
    for (const [spelling, key] of HEADER_SPELLINGS) owners.set(spelling, new Set([...(owners.get(spelling) ?? []), key]));
    expect([...owners].filter(([, keys]) => keys.size > 1)).toEqual([]);
  });

  test("every column's label in both languages, its key and the form's label read back as that column", () => {
    for (const { key } of CONTACT_CSV_COLUMNS) {
      expect([columnForHeader(columnLabel("en", key)), columnForHeader(columnLabel("vi", key)), columnForHeader(key), columnForHeader(key.toUpperCase())]).toEqual([key, key, key, key]);
    }
    expect(columnForHeader("Họ tên (chữ Latinh)")).toBe("latinName");
    expect(columnForHeader("  QUOC TICH ")).toBe("nationality");
    expect(columnForHeader("Số điện thoại")).toBe("phone");
    expect(columnForHeader("Shoe size")).toBeNull();
  });

  test("email, phone and needs are columns only with contact.personal", () => {
    expect(columnsFor({ canSeePersonal: false }).some((column) => ["email", "phone", "needs"].includes(column.key))).toBe(false);
    expect(columnsFor({ canSeePersonal: true })).toHaveLength(CONTACT_CSV_COLUMNS.length);
  });

  test("roles and accreditation read as codes or labels in either language, diacritics or not", () => {
    expect(["PRESS_ATTACHE", "press attaché", "Tùy viên báo chí", "tuy vien bao chi"].map(roleFromCell)).toEqual(Array(4).fill("PRESS_ATTACHE"));
    expect(["Phóng viên ảnh", "Photographer"].map(roleFromCell)).toEqual(["PHOTOGRAPHER", "PHOTOGRAPHER"]);
    expect(roleFromCell("Astronaut")).toBeNull();
    expect(["ACCREDITED", "Đã cấp", "accredited"].map(accreditationFromCell)).toEqual(Array(3).fill("ACCREDITED"));
  });

  test("the export's formula guard is undone on import, nothing else", () => {
    expect(unneutralised("'+84 912 345 678")).toBe("+84 912 345 678");
    expect(unneutralised("'=SUM(A1)")).toBe("=SUM(A1)");
    expect(unneutralised("'Tis the season")).toBe("'Tis the season");
  });
});
