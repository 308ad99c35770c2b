/**
 * The directory's CSV import on a real database: file-level refusals, row
 * errors that name their line and column, all-or-nothing and valid-only
 * modes, semicolons and byte-order marks, the row limit and who may import.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { refusal } from "@/lib/test/refusal";
import { users, type TestUser } from "@/lib/test/factories";
import { CSV_IMPORT_LIMITS, importContacts, type ContactImportReport, type ImportMode } from "./csv-import";
import { importContactsStream } from "./csv-import-stream";
import { createTranslator } from "@/lib/i18n/translator";
import { createContact, createMission, createOutlet } from "./mutations";
import { createContactSchema, createMissionSchema, createOutletSchema } from "./schemas";

let press: TestUser;
let admin: TestUser;
let editor: TestUser;
let writer: TestUser;
let afp: string;

const HEADER = "Latin name,Native name,Nationality,Role,Outlet,Foreign mission,Languages,Email,Phone,Accreditation,Accreditation expires on,Needs,Notes";
const file = (text: string) => new TextEncoder().encode(text);
const run = (mode: ImportMode, text: string, actor: TestUser = press) => importContacts({ actor, file: file(text), mode });
const errorsOf = (report: ContactImportReport) => report.errors.map((error) => [error.line, error.column, error.message]);

beforeAll(async () => {
  [press, admin, editor, writer] = await Promise.all([
    users.create({ roles: ["PRESS_OFFICER"] }),
    users.create({ roles: ["ADMIN"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["WRITER"] }),
  ]);
  afp = (await createOutlet({ actor: press, input: createOutletSchema.parse({ name: "Agence France-Presse", kind: "NEWS_AGENCY", country: "FR" }) })).id;
  await createOutlet({ actor: press, input: createOutletSchema.parse({ name: "Đài Truyền hình Việt Nam", kind: "TV", country: "VN" }) });
  await createMission({ actor: press, input: createMissionSchema.parse({ name: "Embassy of Japan", kind: "EMBASSY", country: "JP", city: "Hà Nội" }) });
  await createContact({ actor: press, input: createContactSchema.parse({ latinName: "Claire Dubois", nationality: "FR", role: "REPORTER", outletId: afp, email: "claire@afp.fr" }) });
});

describe("file-level refusals", () => {
  test("an unbalanced quote names the line it opens on and its column", async () => {
    const error = await refusal(run("preview", `${HEADER}\nAnne Leroy,,FR,REPORTER,,,,,,,,,ok\nBob Stone,,GB,REPORTER,,,,,,,,,"never closed\n`));
    expect(error.messageKey).toBe("contactsImport.errors.unclosedQuote");
    expect(error.params).toEqual({ line: 3, column: "Notes" });
  });

  test("missing required and unknown headers are one clear error each", async () => {
    const missing = await refusal(run("preview", "Latin name,Email\nAnne Leroy,anne@example.org\n"));
    expect([missing.messageKey, missing.params?.columns]).toEqual(["contactsImport.errors.missingColumns", "nationality, role"]);
    const unknown = await refusal(run("preview", "Latin name,Nationality,Role,Shoe size\nAnne Leroy,FR,REPORTER,42\n"));
    expect([unknown.messageKey, unknown.params?.columns]).toEqual(["contactsImport.errors.unknownColumns", "Shoe size"]);
  });

  test("more rows than the limit, a file too large, a file that is not UTF-8, an empty file", async () => {
    const rows = Array.from({ length: CSV_IMPORT_LIMITS.maxRows + 1 }, (_, index) => `Person ${index},FR,REPORTER`);
    const tooMany = await refusal(run("preview", `Latin name,Nationality,Role\n${rows.join("\n")}\n`));
    expect([tooMany.messageKey, tooMany.params]).toEqual(["contactsImport.errors.tooManyRows", { max: 20_000 }]);
    const tooLarge = await refusal(importContacts({ actor: press, file: new Uint8Array(CSV_IMPORT_LIMITS.maxBytes + 1), mode: "preview" }));
    expect(tooLarge.messageKey).toBe("contactsImport.errors.fileTooLarge");
    const latin1 = await refusal(importContacts({ actor: press, file: new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0xe9, 0x0a]), mode: "preview" }));
    expect(latin1.messageKey).toBe("contactsImport.errors.notUtf8");
    expect((await refusal(run("preview", ""))).messageKey).toBe("contactsImport.errors.noHeader");
    expect((await refusal(run("preview", `${HEADER}\n,,,\n`))).messageKey).toBe("contactsImport.errors.noRows");
  });

  test("writers and editors may not import; a press officer and an admin may", async () => {
    for (const actor of [writer, editor]) expect((await refusal(run("preview", `${HEADER}\n`, actor))).code).toBe("FORBIDDEN");
    expect((await run("preview", "Latin name,Nationality,Role\nAnne Leroy,FR,REPORTER\n", admin)).valid).toBe(1);
  });
});

describe("row errors", () => {
  const rows = [
    HEADER,
    "Anne Leroy,,FR,Reporter,Agence France-Presse,,fr; en,anne@afp.fr,+33 1 40 41 46 46,Accredited,2027-06-30,,",
    "Bad Country,,France,REPORTER,,,,,,,,,",
    "Bad Email,,DE,REPORTER,,,,not-an-email,,,,,",
    "Unknown Outlet,,DE,REPORTER,Le Petit Journal,,,,,,,,",
    "CLAIRE DUBOIS,,FR,REPORTER,agence france-presse,,,,,,,,",
    "Nguyễn Thị Hoa,,VN,Quay phim,Đài Truyền hình Việt Nam,,vi,,,,,,",
    "Nguyen Thi Hoa,,VN,CAMERA,dai truyen hinh viet nam,,,,,,,,",
    "Tanaka Yuki,田中 由紀,JP,Tùy viên báo chí,,Embassy of Japan,ja,,,Đã cấp,2026-02-30,,",
  ].join("\n");

  test("each error names its line, its column and its reason; a preview writes nothing", async () => {
    const before = await db.pressContact.count();
    const report = await run("preview", `${rows}\n`);
    expect(errorsOf(report)).toEqual([
      [3, "nationality", "contacts.invalidCountry"],
      [4, "email", "validation.invalidEmail"],
      [5, "outlet", "contactsImport.errors.unknownOutlet"],
      [6, "latinName", "contactsImport.errors.duplicateOfContact"],
      [8, "latinName", "contactsImport.errors.duplicateInFile"],
      [9, "accreditationExpiresOn", "validation.invalid"],
    ]);
    expect(report.errors.find((error) => error.line === 6)?.params).toEqual({ name: "Claire Dubois" });
    expect(report.errors.find((error) => error.line === 8)?.params).toEqual({ line: 7 });
    expect(report.errors.find((error) => error.line === 5)?.header).toBe("Outlet");
    expect([report.total, report.valid, report.imported, report.skipped]).toEqual([8, 2, 0, 0]);
    expect(report.preview.map((row) => [row.line, row.cells.latinName, row.hasErrors])[0]).toEqual([2, "Anne Leroy", false]);
    expect(await db.pressContact.count()).toBe(before);
  });

  test('"all" writes nothing when one row is bad', async () => {
    const before = await db.pressContact.count();
    const report = await run("all", `${rows}\n`);
    expect([report.imported, report.skipped, report.skippedLines]).toEqual([0, 8, [2, 3, 4, 5, 6, 7, 8, 9]]);
    expect(await db.pressContact.count()).toBe(before);
  });

  test('"valid" writes exactly the valid rows, as the form would, and reports the rest', async () => {
    const report = await run("valid", `${rows}\n`);
    expect([report.imported, report.skipped, report.skippedLines]).toEqual([2, 6, [3, 4, 5, 6, 8, 9]]);
    const written = await db.pressContact.findMany({
      where: { createdById: press.id, latinName: { in: ["Anne Leroy", "Nguyễn Thị Hoa"] } },
      orderBy: { latinName: "asc" },
      select: { latinName: true, role: true, languages: true, email: true, phone: true, accreditationStatus: true, accreditationExpiresOn: true, searchText: true, outlet: { select: { name: true } } },
    });
    expect(written).toEqual([
      { latinName: "Anne Leroy", role: "REPORTER", languages: ["fr", "en"], email: "anne@afp.fr", phone: "+33 1 40 41 46 46", accreditationStatus: "ACCREDITED", accreditationExpiresOn: new Date("2027-06-30T00:00:00Z"), searchText: "anne leroy", outlet: { name: "Agence France-Presse" } },
      { latinName: "Nguyễn Thị Hoa", role: "CAMERA", languages: ["vi"], email: null, phone: null, accreditationStatus: "NONE", accreditationExpiresOn: null, searchText: "nguyen thi hoa", outlet: { name: "Đài Truyền hình Việt Nam" } },
    ]);
    // The same file again: the rows just written are now the directory's duplicates.
    expect((await run("preview", `${rows}\n`)).errors.filter((error) => error.line === 2 || error.line === 7).map((error) => error.message)).toEqual([
      "contactsImport.errors.duplicateOfContact",
      "contactsImport.errors.duplicateOfContact",
    ]);
  });

  test("a row with too few fields, and a missing role, are errors of that row", async () => {
    const report = await run("preview", "Latin name,Nationality,Role\nShort Row,FR\nNo Role,FR,\n");
    expect(errorsOf(report)).toEqual([
      [2, null, "contactsImport.errors.fieldCount"],
      [2, "role", "validation.required"],
      [3, "role", "validation.required"],
    ]);
  });
});

describe("file formats", () => {
  test("semicolons, a byte-order mark, CRLF, quoted fields with separators, quotes and line breaks; Vietnamese headers", async () => {
    const text = '\uFEFFHọ tên Latinh;quoc tich;VAI TRÒ;Ghi chú\r\nPhạm Minh Đức;vn;Phóng viên ảnh;"Hà Nội; ""Đức"" lo ảnh\r\ndòng hai"\r\n\r\nLê Văn Tám;VN;FIXER;\r\n';
    const report = await run("valid", text);
    expect(report.errors).toEqual([]);
    expect(report.preview.map((row) => row.line)).toEqual([2, 5]);
    const duc = await db.pressContact.findFirstOrThrow({ where: { latinName: "Phạm Minh Đức" }, select: { nationality: true, role: true, notes: true } });
    expect(duc).toEqual({ nationality: "VN", role: "PHOTOGRAPHER", notes: 'Hà Nội; "Đức" lo ảnh\r\ndòng hai' });
  });
});

describe("the NDJSON answer", () => {
  const lines = async (stream: ReadableStream<Uint8Array>) => (await new Response(stream).text()).trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);

  test("progress by phase, then the report with messages in the person's language", async () => {
    const rows = Array.from({ length: 1200 }, (_, index) => `Stream Person ${index},DE,REPORTER`);
    rows.push("Bad Country Person,Germany,REPORTER");
    const answer = await lines(importContactsStream({ actor: press, file: file(`Latin name,Nationality,Role\n${rows.join("\n")}\n`), mode: "valid", t: createTranslator("en"), requestId: "test" }));
    const phases = answer.filter((line) => "phase" in line).map((line) => line.phase);
    expect([...new Set(phases)]).toEqual(["parsing", "validating", "writing"]);
    expect(answer.find((line) => line.phase === "writing" && line.done === 1200)).toEqual({ phase: "writing", done: 1200, total: 1200 });
    const { result } = answer[answer.length - 1] as { result: { imported: number; errors: unknown[] } };
    expect(result.imported).toBe(1200);
    expect(result.errors).toEqual([{ line: 1202, column: "Nationality", message: "Enter a two-letter ISO 3166 country code (for example VN, FR, JP)." }]);
  });

  test("a file-level refusal is the last line, translated", async () => {
    const answer = await lines(importContactsStream({ actor: press, file: file("Latin name\nAnne\n"), mode: "preview", t: createTranslator("vi"), requestId: "test" }));
    expect(answer[answer.length - 1]).toEqual({ error: { code: "VALIDATION", message: "Thiếu cột bắt buộc: nationality, role." } });
  });
});
