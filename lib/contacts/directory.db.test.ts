/**
 * The press-contacts directory on a real database: diacritics-insensitive
 * search, filters, keyset pages, and who reads which fields.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { refusal } from "@/lib/test/refusal";
import { users, type TestUser } from "@/lib/test/factories";
import { createContact, createMission, createOutlet } from "./mutations";
import { getContactOrThrow, listContacts, listMissions, listOutlets } from "./queries";
import { contactListFiltersSchema, createContactSchema, createMissionSchema, createOutletSchema } from "./schemas";

let press: TestUser;
let editor: TestUser;
let chief: TestUser;
let writer: TestUser;
let afp: string;
let vtv: string;
let embassy: string;
let nguyen: string;

const filters = (raw: Record<string, unknown> = {}) => contactListFiltersSchema.parse(raw);
const names = (page: { items: { latinName: string }[] }) => page.items.map((item) => item.latinName);

beforeAll(async () => {
  [press, editor, chief, writer] = await Promise.all([
    users.create({ roles: ["PRESS_OFFICER"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["CHIEF_EDITOR"] }),
    users.create({ roles: ["WRITER"] }),
  ]);
  afp = (await createOutlet({ actor: press, input: createOutletSchema.parse({ name: "Agence France-Presse", kind: "NEWS_AGENCY", country: "fr", languages: ["fr", "en"] }) })).id;
  vtv = (await createOutlet({ actor: press, input: createOutletSchema.parse({ name: "Đài Truyền hình Việt Nam", kind: "TV", country: "VN", website: "https://vtv.vn" }) })).id;
  embassy = (await createMission({ actor: press, input: createMissionSchema.parse({ name: "Embassy of Japan", kind: "EMBASSY", country: "JP", city: "Hà Nội" }) })).id;
  const contact = (fields: Record<string, unknown>) =>
    createContact({ actor: press, input: createContactSchema.parse({ nationality: "FR", role: "REPORTER", confirmDuplicate: true, ...fields }) });
  nguyen = (
    await contact({
      latinName: "Nguyễn Thị Hoa",
      nationality: "VN",
      outletId: vtv,
      role: "CAMERA",
      email: "Hoa@vtv.vn",
      phone: "+84 912 345 678",
      needs: "Ăn chay; cần xe lăn",
      accreditationStatus: "ACCREDITED",
      accreditationExpiresOn: "2027-03-31",
    })
  ).id;
  await contact({ latinName: "Claire Dubois", outletId: afp, accreditationStatus: "ACCREDITED" });
  await contact({ latinName: "Antoine Martin", outletId: afp, accreditationStatus: "PENDING" });
  await contact({ latinName: "Tanaka Yuki", nativeName: "田中 由紀", nationality: "JP", role: "PRESS_ATTACHE", missionId: embassy });
  for (let i = 0; i < 35; i += 1) await contact({ latinName: `Reporter ${String(i).padStart(2, "0")}`, nationality: "DE" });
});

describe("search", () => {
  test.each(["Nguyễn", "Nguyen", "nguyen thi hoa", "NGUYỄN THỊ", "hoa"])("%s finds the same person", async (q) => {
    const page = await listContacts({ actor: editor, filters: filters({ q }) });
    expect(names(page)).toEqual(["Nguyễn Thị Hoa"]);
  });

  test("the native name is searched too, and LIKE wildcards are plain text that is dropped", async () => {
    expect(names(await listContacts({ actor: editor, filters: filters({ q: "田中" }) }))).toEqual(["Tanaka Yuki"]);
    expect(names(await listContacts({ actor: editor, filters: filters({ q: "%" }) })).length).toBe(30);
    expect(names(await listContacts({ actor: editor, filters: filters({ q: "_a%" }) }))).toEqual(["Antoine Martin", "Claire Dubois", "Nguyễn Thị Hoa", "Tanaka Yuki"]);
  });

  test("outlets and missions are searched without diacritics as well", async () => {
    expect((await listOutlets({ actor: editor, q: "dai truyen hinh" })).map((outlet) => outlet.id)).toEqual([vtv]);
    expect((await listMissions({ actor: editor, q: "ha noi" })).map((mission) => mission.id)).toEqual([embassy]);
    expect((await listOutlets({ actor: editor })).map((outlet) => outlet.name)).toEqual(["Agence France-Presse", "Đài Truyền hình Việt Nam"]);
  });
});

describe("filters", () => {
  test("by outlet, role, mission, nationality and accreditation, alone and together", async () => {
    expect(names(await listContacts({ actor: editor, filters: filters({ outletId: afp }) }))).toEqual(["Antoine Martin", "Claire Dubois"]);
    expect(names(await listContacts({ actor: editor, filters: filters({ role: "PRESS_ATTACHE" }) }))).toEqual(["Tanaka Yuki"]);
    expect(names(await listContacts({ actor: editor, filters: filters({ missionId: embassy }) }))).toEqual(["Tanaka Yuki"]);
    expect(names(await listContacts({ actor: editor, filters: filters({ nationality: "vn" }) }))).toEqual(["Nguyễn Thị Hoa"]);
    expect(names(await listContacts({ actor: editor, filters: filters({ accreditationStatus: "ACCREDITED" }) }))).toEqual(["Claire Dubois", "Nguyễn Thị Hoa"]);
    expect(names(await listContacts({ actor: editor, filters: filters({ outletId: afp, accreditationStatus: "PENDING" }) }))).toEqual(["Antoine Martin"]);
  });

  test("an unreadable filter is no filter", async () => {
    const parsed = filters({ role: "PRESIDENT", outletId: "not-a-uuid", nationality: "France", accreditationStatus: 3 });
    expect(parsed).toEqual({});
  });
});

describe("pages", () => {
  test("keyset pages of 30 walk the whole directory once, in name order", async () => {
    const first = await listContacts({ actor: editor, filters: filters() });
    expect(first.items).toHaveLength(30);
    expect(first.nextCursor).not.toBeNull();
    const second = await listContacts({ actor: editor, filters: filters({ cursor: first.nextCursor }) });
    expect(second.nextCursor).toBeNull();
    const all = [...names(first), ...names(second)];
    expect(all).toHaveLength(39);
    expect(new Set(all).size).toBe(39);
    expect(all.slice(0, 3)).toEqual(["Antoine Martin", "Claire Dubois", "Nguyễn Thị Hoa"]);
  });

  test("a forged cursor starts from the first page", async () => {
    const page = await listContacts({ actor: editor, filters: filters({ cursor: "not-a-cursor" }) });
    expect(names(page)[0]).toBe("Antoine Martin");
  });

  test("filters hold across pages", async () => {
    const first = await listContacts({ actor: editor, filters: filters({ nationality: "DE" }) });
    const second = await listContacts({ actor: editor, filters: filters({ nationality: "DE", cursor: first.nextCursor }) });
    expect(first.items.length + second.items.length).toBe(35);
    expect(second.items.every((item) => item.nationality === "DE")).toBe(true);
  });
});

describe("personal data", () => {
  test("a press officer sees contact details and needs", async () => {
    const contact = await getContactOrThrow({ actor: press, contactId: nguyen });
    expect(contact).toMatchObject({
      email: "hoa@vtv.vn",
      phone: "+84 912 345 678",
      needs: "Ăn chay; cần xe lăn",
      accreditationExpiresOn: "2027-03-31",
      outlet: { id: vtv, name: "Đài Truyền hình Việt Nam" },
      canManage: true,
      canSeePersonal: true,
    });
    const [listed] = (await listContacts({ actor: press, filters: filters({ q: "nguyen" }) })).items;
    expect(listed).toMatchObject({ email: "hoa@vtv.vn", phone: "+84 912 345 678" });
    expect(listed).not.toHaveProperty("needs");
  });

  test.each([
    ["an editor", () => editor],
    ["a chief editor", () => chief],
  ])("%s reads the contact without email, phone or needs: the keys are absent, not blanked", async (_who, actor) => {
    const contact = await getContactOrThrow({ actor: actor(), contactId: nguyen });
    expect(contact.latinName).toBe("Nguyễn Thị Hoa");
    for (const key of ["email", "phone", "needs"]) expect(contact).not.toHaveProperty(key);
    expect(JSON.stringify(contact)).not.toMatch(/vtv\.vn|912|chay/);
    expect(contact).toMatchObject({ canManage: false, canSeePersonal: false });
    const [listed] = (await listContacts({ actor: actor(), filters: filters({ q: "nguyen" }) })).items;
    expect(JSON.stringify(listed)).not.toMatch(/vtv\.vn|912|chay/);
  });

  test("a writer gets nothing from the directory", async () => {
    expect((await refusal(getContactOrThrow({ actor: writer, contactId: nguyen }))).code).toBe("FORBIDDEN");
    expect((await refusal(listContacts({ actor: writer, filters: filters() }))).code).toBe("FORBIDDEN");
    expect((await refusal(listOutlets({ actor: writer }))).code).toBe("FORBIDDEN");
    expect((await refusal(listMissions({ actor: writer }))).code).toBe("FORBIDDEN");
  });

  test("unknown and malformed ids answer 404", async () => {
    expect((await refusal(getContactOrThrow({ actor: press, contactId: "00000000-0000-4000-8000-000000000000" }))).code).toBe("NOT_FOUND");
    expect((await refusal(getContactOrThrow({ actor: press, contactId: "../etc" }))).code).toBe("NOT_FOUND");
  });
});
