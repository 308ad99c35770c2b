import { describe, expect, test } from "vitest";
import { attachmentHeaders, csvField, toCsv } from "./csv";
import { readXlsx, toXlsx } from "./xlsx";

describe("CSV", () => {
  test("quotes what needs quoting and keeps diacritics", () => {
    expect(csvField("Đắk Lắk")).toBe("Đắk Lắk");
    expect(csvField('Le "Monde", Paris')).toBe('"Le ""Monde"", Paris"');
    expect(csvField("line\nbreak")).toBe('"line\nbreak"');
    expect(csvField(null)).toBe("");
    expect(csvField(42)).toBe("42");
  });

  test("neutralises cells a spreadsheet would run as formulas", () => {
    expect(csvField("=HYPERLINK(\"http://evil\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\")\"");
    expect(csvField("+84 912")).toBe("'+84 912");
    expect(csvField("@sum")).toBe("'@sum");
    expect(csvField(-5)).toBe("-5");
  });

  test("a file starts with a byte-order mark and ends rows with CRLF", () => {
    expect(toCsv(["a", "b"], [["1", "Nguyễn"]])).toBe("\uFEFFa,b\r\n1,Nguyễn\r\n");
  });

  test("download names survive in ASCII and UTF-8", () => {
    const headers = new Headers(attachmentHeaders("Đắk Lắk 2027.csv", "text/csv"));
    expect(headers.get("content-disposition")).toBe(`attachment; filename="Dak_Lak_2027.csv"; filename*=UTF-8''${encodeURIComponent("Đắk Lắk 2027.csv")}`);
  });
});

describe("XLSX", () => {
  test("writes sheets that read back cell for cell", async () => {
    const file = await toXlsx([{ name: "Participants: Đắk Lắk", header: ["Name", "Seats"], rows: [["Nguyễn Văn A", 1], ["=cmd", null]] }]);
    const sheets = await readXlsx(file);
    expect(Object.keys(sheets)).toEqual(["Participants  Đắk Lắk"]);
    expect(sheets["Participants  Đắk Lắk"]).toEqual([["Name", "Seats"], ["Nguyễn Văn A", "1"], ["'=cmd"]]);
  });
});
