/**
 * The directory's export on a real database: who gets which columns, the
 * list's filters, diacritics, and a file that imports back unchanged.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { readXlsx } from "@/lib/export/xlsx";
import type { Locale } from "@/lib/i18n/locales";
import { refusal } from "@/lib/test/refusal";
import { users, type TestUser } from "@/lib/test/factories";
import { contactExportQuerySchema, exportContacts, contactImportTemplate } from "./csv-export";
import { importContacts } from "./csv-import";
import { createContact, createMission, createOutlet } from "./mutations";
import { createContactSchema, createMissionSchema, createOutletSchema } from "./schemas";

let press: TestUser;
let editor: TestUser;
let writer: TestUser;
let wire: string;
let other: string;

async function text(body: ReadableStream<Uint8Array> | Buffer): Promise<string> {
  const bytes = Buffer.isBuffer(body) ? body : Buffer.from(await new Response(body).arrayBuffer());
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
}

async function csvOf(actor: TestUser, params: Record<string, string>, locale: Locale = "en"): Promise<string> {
  const exported = await exportContacts({ actor, query: contactExportQuerySchema.parse({ format: "csv", ...params }), locale });
  return text(exported.body);
}

const lines = (csv: string) => csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);

beforeAll(async () => {
  [press, editor, writer] = await Promise.all([users.create({ roles: ["PRESS_OFFICER"] }), users.create({ roles: ["EDITOR"] }), users.create({ roles: ["WRITER"] })]);
  wire = (await createOutlet({ actor: press, input: createOutletSchema.parse({ name: "Thông tấn xã Việt Nam", kind: "NEWS_AGENCY", country: "VN" }) })).id;
  other = (await createOutlet({ actor: press, input: createOutletSchema.parse({ name: "Le Monde", kind: "NEWSPAPER", country: "FR" }) })).id;
  const embassy = (await createMission({ actor: press, input: createMissionSchema.parse({ name: "Đại sứ quán Pháp", kind: "EMBASSY", country: "FR", city: "Hà Nội" }) })).id;
  const contact = (fields: Record<string, unknown>) =>
    createContact({ actor: press, input: createContactSchema.parse({ nationality: "VN", role: "REPORTER", confirmDuplicate: true, ...fields }) });
  await contact({
    latinName: "Nguyễn Thị Hoa",
    nativeName: "阮氏花",
    outletId: wire,
    languages: "vi, en",
    email: "hoa@vna.vn",
    phone: "+84 912 345 678",
    needs: "Ăn chay",
    accreditationStatus: "ACCREDITED",
    accreditationExpiresOn: "2027-03-31",
    notes: 'Trưởng nhóm, "ảnh"\ndòng hai; =SUM(A1)',
  });
  await contact({ latinName: "Đặng Văn Lâm", role: "PHOTOGRAPHER", outletId: wire, missionId: embassy, accreditationStatus: "PENDING" });
  await contact({ latinName: "Claire Dubois", nationality: "FR", outletId: other, email: "claire@lemonde.fr" });
});

describe("privacy", () => {
  test("an editor's export has no email, phone or needs columns; a press officer's has them", async () => {
    const editorCsv = await csvOf(editor, { outletId: wire });
    expect(lines(editorCsv)[0]).toBe("Latin name,Native name,Nationality,Role,Outlet,Foreign mission,Languages,Accreditation,Accreditation expires on,Notes");
    expect(editorCsv).not.toContain("hoa@vna.vn");
    expect(editorCsv).not.toContain("912 345");
    expect(editorCsv).not.toContain("Ăn chay");
    const pressCsv = await csvOf(press, { outletId: wire });
    expect(lines(pressCsv)[0]).toBe("Latin name,Native name,Nationality,Role,Outlet,Foreign mission,Languages,Email,Phone,Accreditation,Accreditation expires on,Needs,Notes");
    expect(pressCsv).toContain("hoa@vna.vn,'+84 912 345 678,Accredited,2027-03-31,Ăn chay,");
  });

  test("XLSX follows the same rule and keeps diacritics", async () => {
    const editorFile = await exportContacts({ actor: editor, query: contactExportQuerySchema.parse({ format: "xlsx", outletId: wire }), locale: "vi" });
    const [sheet] = Object.values(await readXlsx(editorFile.body as Buffer));
    expect(sheet[0]).not.toContain("Email");
    expect(sheet[0][0]).toBe("Họ tên Latinh");
    // In the directory's own order (the database's collation), as the list shows it.
    expect(sheet.slice(1).map((row) => row[0]).sort()).toEqual(["Nguyễn Thị Hoa", "Đặng Văn Lâm"]);
    const pressFile = await exportContacts({ actor: press, query: contactExportQuerySchema.parse({ format: "xlsx", outletId: wire }), locale: "vi" });
    const [pressSheet] = Object.values(await readXlsx(pressFile.body as Buffer));
    expect(pressSheet[0]).toContain("Điện thoại");
    expect(pressSheet.find((row) => row[0] === "Nguyễn Thị Hoa")).toContain("Ăn chay");
  });

  test("a writer exports nothing; unknown parameters are refused", async () => {
    expect((await refusal(exportContacts({ actor: writer, query: contactExportQuerySchema.parse({ format: "csv" }), locale: "en" }))).code).toBe("FORBIDDEN");
    expect(contactExportQuerySchema.safeParse({ format: "csv", createdById: writer.id }).success).toBe(false);
    expect(contactExportQuerySchema.safeParse({ format: "pdf" }).success).toBe(false);
  });
});

describe("filters and format", () => {
  test("the list's filters apply: outlet, folded name search, role", async () => {
    expect(lines(await csvOf(editor, { outletId: other })).slice(1).map((line) => line.split(",")[0])).toEqual(["Claire Dubois"]);
    expect(lines(await csvOf(editor, { q: "nguyen thi" })).slice(1).map((line) => line.split(",")[0])).toEqual(["Nguyễn Thị Hoa"]);
    expect(lines(await csvOf(editor, { role: "PHOTOGRAPHER", outletId: wire })).slice(1).map((line) => line.split(",")[0])).toEqual(["Đặng Văn Lâm"]);
  });

  test("a CSV starts with a byte-order mark; the template is the header row alone", async () => {
    const exported = await exportContacts({ actor: editor, query: contactExportQuerySchema.parse({ format: "csv", outletId: other }), locale: "en" });
    const bytes = Buffer.from(await new Response(exported.body as ReadableStream<Uint8Array>).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(exported.fileName).toMatch(/^press-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(contactImportTemplate("vi").body).toBe(
      "\uFEFFHọ tên Latinh,Họ tên chữ gốc,Quốc tịch,Vai trò,Cơ quan báo chí,Cơ quan đại diện,Ngôn ngữ,Email,Điện thoại,Thẻ phóng viên,Thẻ hết hạn ngày,Nhu cầu,Ghi chú\r\n",
    );
  });
});

describe("round trip", () => {
  test.each(["en", "vi"] as const)("a file exported in %s imports back unchanged", async (locale) => {
    const exported = await csvOf(press, { outletId: wire }, locale);
    const before = await db.pressContact.findMany({ where: { outletId: wire }, orderBy: { latinName: "asc" }, select: { latinName: true, notes: true, phone: true } });
    // The people leave the directory so that the file is not their own duplicate.
    await db.pressContact.deleteMany({ where: { outletId: wire } });
    const report = await importContacts({ actor: press, file: new TextEncoder().encode(exported), mode: "all" });
    expect([report.errors, report.imported]).toEqual([[], 2]);
    expect(await csvOf(press, { outletId: wire }, locale)).toBe(exported);
    const after = await db.pressContact.findMany({ where: { outletId: wire }, orderBy: { latinName: "asc" }, select: { latinName: true, notes: true, phone: true } });
    expect(after).toEqual(before);
  });
});
