/**
 * The press-contacts directory at 50,000 people: seeded once in bulk SQL into
 * the bench database (the seed is recorded in the comment of the
 * press_contact table, so a later run reuses it), then listContacts timed in
 * process for the searches and filters a press officer uses, with EXPLAIN
 * ANALYZE of the matching SQL to show whether each plan uses an index.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { Actor } from "@/lib/authz/policy";
import { CONTACTS_PAGE_SIZE, directoryOrder, listContacts, searchTerm } from "@/lib/contacts/queries";
import { contactListFiltersSchema } from "@/lib/contacts/schemas";
import { searchKey } from "@/lib/text/slug";
import { pick, pickWeighted, randomInt, seededRandom, type Random } from "./random";
import { summarize, type Timings } from "./stats";

const DIRECTORY_FORMAT = "newsroom-bench directory v1";
export const directoryMarker = (people: number) => `${DIRECTORY_FORMAT}: ${people} people`;

const VN_SURNAMES = [["Nguyễn", 38], ["Trần", 11], ["Lê", 9], ["Phạm", 7], ["Hoàng", 5], ["Huỳnh", 4], ["Phan", 4], ["Vũ", 4], ["Võ", 3], ["Đặng", 2], ["Bùi", 2], ["Đỗ", 2], ["Hồ", 2], ["Ngô", 2], ["Dương", 1], ["Lý", 1]] as const;
const VN_MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quang", "Thu", "Xuân", "Hoài", "Kim"];
const VN_GIVEN = ["An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Hoa", "Hùng", "Hương", "Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Ngọc", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thủy", "Trang", "Trung", "Tú", "Tuấn", "Việt", "Yến", "Đào"];

/** Foreign reporters by nationality: Latin names, and the native script where it differs. */
const FOREIGN: readonly { country: string; languages: string; first: string[]; last: string[]; native?: (first: number, last: number) => string }[] = [
  { country: "FR", languages: "fr,en", first: ["Claire", "Antoine", "Élodie", "Jérôme", "Céline", "François", "Hélène", "Théo"], last: ["Dubois", "Martin", "Lefèvre", "Moreau", "Girard", "Rousseau", "Faure", "Mercier"] },
  { country: "JP", languages: "ja,en", first: ["Yuki", "Haruto", "Aoi", "Ren", "Sakura", "Kenji"], last: ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Itō", "Yamamoto"], native: (f, l) => `${["田中", "鈴木", "高橋", "渡辺", "伊藤", "山本"][l]} ${["由紀", "陽翔", "葵", "蓮", "さくら", "健二"][f]}` },
  { country: "KR", languages: "ko,en", first: ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun"], last: ["Kim", "Lee", "Park", "Choi"], native: (f, l) => `${["김", "이", "박", "최"][l]}${["민준", "서연", "지호", "하은"][f]}` },
  { country: "CN", languages: "zh,en", first: ["Wei", "Fang", "Jing", "Lei"], last: ["Wang", "Li", "Zhang", "Liu"], native: (f, l) => `${["王", "李", "张", "刘"][l]}${["伟", "芳", "静", "磊"][f]}` },
  { country: "DE", languages: "de,en", first: ["Jürgen", "Anna", "Lukas", "Sophie", "Matthias"], last: ["Müller", "Schmidt", "Schneider", "Fischer", "Weber"] },
  { country: "GB", languages: "en", first: ["James", "Emily", "Oliver", "Charlotte", "Harry"], last: ["Smith", "Jones", "Taylor", "Brown", "Wilson"] },
  { country: "US", languages: "en,es", first: ["Michael", "Jennifer", "David", "Sarah", "José"], last: ["Johnson", "Williams", "Garcia", "Miller", "Davis"] },
  { country: "RU", languages: "ru,en", first: ["Ivan", "Olga", "Dmitry", "Natalia"], last: ["Ivanov", "Petrova", "Smirnov", "Volkova"], native: (f, l) => `${["Иванов", "Петрова", "Смирнов", "Волкова"][l]} ${["Иван", "Ольга", "Дмитрий", "Наталья"][f]}` },
  { country: "TH", languages: "th,en", first: ["Somchai", "Nattaya", "Anan"], last: ["Srisuk", "Boonmee", "Chaiyaporn"] },
];
const ROLES = [["REPORTER", 55], ["PRESS_ATTACHE", 10], ["PHOTOGRAPHER", 10], ["CAMERA", 8], ["FIXER", 5], ["INTERPRETER", 7], ["ESCORT_OFFICER", 5]] as const;
const ACCREDITATION = [["ACCREDITED", 55], ["PENDING", 10], ["EXPIRED", 10], ["NONE", 25]] as const;
const OUTLET_BASES = ["Agence France-Presse", "Reuters", "Associated Press", "Kyodo News", "Yonhap", "Xinhua", "NHK", "BBC", "Deutsche Welle", "Le Monde", "Thông tấn xã Việt Nam", "Báo Nhân Dân", "VnExpress", "Tuổi Trẻ", "Thanh Niên", "Đài Truyền hình Việt Nam", "Đài Tiếng nói Việt Nam"];
const OUTLET_WORDS = ["Daily", "Times", "Post", "Herald", "Radio", "Television", "Online", "Weekly"];
const CITIES = ["Tokyo", "Seoul", "Paris", "Berlin", "London", "New York", "Bangkok", "Moscow", "Beijing", "Sydney", "Hà Nội", "Đà Nẵng", "Huế", "Cần Thơ", "Singapore", "Jakarta", "Manila", "Delhi", "Rome", "Madrid", "Ottawa", "Canberra", "Vienna"];
/** A name that appears on three people only, for the rare-name search. */
const RARE = { latinName: "Ragnhildur Þórsdóttir", country: "IS" };

export type DirectorySeed = { people: number; outlets: number; missions: number; seconds: number };

async function bulkInsert(client: pg.Client, table: string, columns: string[], types: string[], rows: unknown[][]): Promise<void> {
  const params = columns.map((_, index) => rows.map((row) => row[index]));
  const unnest = types.map((type, index) => `$${index + 1}::${type}[]`).join(", ");
  await client.query(`INSERT INTO ${table} (${columns.join(", ")}) SELECT * FROM unnest(${unnest})`, params);
}

function person(random: Random, index: number, outlets: string[], missions: string[]) {
  const role = pickWeighted(random, ROLES);
  let latinName: string;
  let nativeName = "";
  let nationality = "VN";
  let languages = "vi";
  if (index % 16_667 === 0) {
    latinName = RARE.latinName;
    nationality = RARE.country;
    languages = "is,en";
  } else if (role === "ESCORT_OFFICER" || random() < 0.45) {
    latinName = `${pickWeighted(random, VN_SURNAMES)} ${pick(random, VN_MIDDLE)} ${pick(random, VN_GIVEN)}`;
    languages = random() < 0.6 ? "vi,en" : "vi";
  } else {
    const origin = pick(random, FOREIGN);
    const first = randomInt(random, 0, origin.first.length - 1);
    const last = randomInt(random, 0, origin.last.length - 1);
    latinName = `${origin.first[first]} ${origin.last[last]}`;
    nativeName = origin.native?.(first, last) ?? "";
    nationality = origin.country;
    languages = origin.languages;
  }
  const inMission = role === "PRESS_ATTACHE";
  const accreditation = pickWeighted(random, ACCREDITATION);
  const email = random() < 0.7 ? `${searchKey(latinName).replace(/[^a-z]+/g, ".")}.${index}@bench.example` : null;
  return [
    randomUUID(),
    latinName,
    nativeName,
    nationality,
    role,
    inMission || role === "ESCORT_OFFICER" ? null : pick(random, outlets),
    inMission ? pick(random, missions) : null,
    languages,
    email,
    random() < 0.6 ? `+84 9${randomInt(random, 10, 99)} ${randomInt(random, 100, 999)} ${randomInt(random, 100, 999)}` : null,
    accreditation,
    accreditation === "NONE" ? null : `${randomInt(random, 2025, 2028)}-${String(randomInt(random, 1, 12)).padStart(2, "0")}-28`,
    random() < 0.1 ? "Ăn chay" : "",
    searchKey(`${latinName} ${nativeName}`),
  ];
}

/** Replaces the bench database's directory with `people` generated people, unless that seed is already there. */
export async function seedBenchDirectory(client: pg.Client, people: number, log: (line: string) => void): Promise<DirectorySeed | null> {
  const marker = await client.query<{ comment: string | null }>("SELECT obj_description('press_contact'::regclass, 'pg_class') AS comment");
  if (marker.rows[0]?.comment === directoryMarker(people)) return null;
  log(`Seeding the directory: ${people} people …`);
  const started = performance.now();
  const random = seededRandom(4);
  const creator = (await client.query<{ id: string }>(`SELECT id FROM "user" WHERE 'ADMIN' = ANY(roles) ORDER BY email LIMIT 1`)).rows[0].id;
  await client.query("BEGIN");
  await client.query("DELETE FROM press_contact");
  await client.query("DELETE FROM outlet");
  await client.query("DELETE FROM foreign_mission");
  const outletNames = [...OUTLET_BASES, ...CITIES.flatMap((city) => OUTLET_WORDS.map((word) => `${city} ${word}`))];
  const outlets = outletNames.map((name) => [randomUUID(), name, pick(random, ["NEWS_AGENCY", "NEWSPAPER", "TV", "RADIO", "ONLINE"]), pick(random, FOREIGN).country, searchKey(name)]);
  await bulkInsert(client, "outlet", ["id", "name", "kind", "country", "search_text", "updated_at"], ["uuid", "text", '"OutletKind"', "bpchar", "text", "timestamptz"], outlets.map((row) => [...row, new Date()]));
  const missions = FOREIGN.flatMap((origin) => [`Embassy of ${origin.country}`, `Consulate General of ${origin.country} in Hồ Chí Minh City`]).map((name, index) => [randomUUID(), name, index % 2 ? "CONSULATE" : "EMBASSY", FOREIGN[Math.floor(index / 2)].country, index % 2 ? "Hồ Chí Minh" : "Hà Nội", searchKey(name)]);
  await bulkInsert(client, "foreign_mission", ["id", "name", "kind", "country", "city", "search_text", "updated_at"], ["uuid", "text", '"MissionKind"', "bpchar", "text", "text", "timestamptz"], missions.map((row) => [...row, new Date()]));
  const outletIds = outlets.map((row) => row[0]);
  const missionIds = missions.map((row) => row[0]);
  for (let start = 0; start < people; start += 5000) {
    const rows = Array.from({ length: Math.min(5000, people - start) }, (_, offset) => person(random, start + offset, outletIds, missionIds));
    await client.query(
      `INSERT INTO press_contact (id, latin_name, native_name, nationality, role, outlet_id, mission_id, languages, email, phone,
         accreditation_status, accreditation_expires_on, needs, search_text, created_by_id, updated_at)
       SELECT id, latin_name, native_name, nationality, role, outlet_id, mission_id, string_to_array(languages, ','), email, phone,
         accreditation_status, accreditation_expires_on, needs, search_text, $15::uuid, now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::bpchar[], $5::"PressContactRole"[], $6::uuid[], $7::uuid[], $8::text[], $9::text[],
         $10::text[], $11::"AccreditationStatus"[], $12::date[], $13::text[], $14::text[])
         AS seed(id, latin_name, native_name, nationality, role, outlet_id, mission_id, languages, email, phone, accreditation_status, accreditation_expires_on, needs, search_text)`,
      [...Array.from({ length: 14 }, (_, column) => rows.map((row) => row[column])), creator],
    );
  }
  await client.query(`COMMENT ON TABLE press_contact IS ${client.escapeLiteral(directoryMarker(people))}`);
  await client.query("COMMIT");
  await client.query("ANALYZE press_contact, outlet, foreign_mission");
  return { people, outlets: outlets.length, missions: missions.length, seconds: (performance.now() - started) / 1000 };
}

export type DirectoryPlan = { scans: string[]; seqScanOnContact: boolean; usesIndex: boolean; executionMs: number };
export type DirectoryCaseResult = { name: string; filters: Record<string, string | number>; timings: Timings; rows: number; plan: DirectoryPlan };
export type DirectoryBenchResult = { people: number; seed: DirectorySeed | null; warmup: number; cases: DirectoryCaseResult[]; overall: Timings };

type Filters = { q?: string; role?: string; nationality?: string; outletId?: string };
type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };
const scansOf = (node: PlanNode, into: PlanNode[] = []): PlanNode[] => {
  if (node["Node Type"].includes("Scan")) into.push(node);
  for (const child of node.Plans ?? []) scansOf(child, into);
  return into;
};

const ORDER_COLUMNS: Record<string, string> = { mergedIntoId: "merged_into_id", latinName: "latin_name", id: "id" };

/** The page query listContacts asks Prisma for (lib/contacts/queries.ts), by hand; relations are loaded by key. */
async function explainPage(client: pg.Client, filters: Filters, after?: { latinName: string; id: string }): Promise<DirectoryPlan> {
  const params: unknown[] = [];
  const bind = (value: unknown) => `$${params.push(value)}`;
  const conditions = ["merged_into_id IS NULL"];
  if (filters.role) conditions.push(`role = ${bind(filters.role)}::"PressContactRole"`);
  if (filters.nationality) conditions.push(`nationality = ${bind(filters.nationality)}`);
  if (filters.outletId) conditions.push(`outlet_id = ${bind(filters.outletId)}::uuid`);
  const text = searchTerm(filters.q);
  if (text) conditions.push(`search_text LIKE ${bind(`%${text}%`)}`);
  if (after) conditions.push(`(latin_name > ${bind(after.latinName)} OR (latin_name = ${bind(after.latinName)} AND id > ${bind(after.id)}::uuid))`);
  // The order listContacts asks for, column by column.
  const orderBy = directoryOrder(contactListFiltersSchema.parse(filters))
    .flatMap((term) => Object.entries(term).map(([field, direction]) => `${ORDER_COLUMNS[field]} ${String(direction).toUpperCase()}`))
    .join(", ");
  const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }>(
    `EXPLAIN (ANALYZE, FORMAT JSON) SELECT id, latin_name FROM press_contact WHERE ${conditions.join(" AND ")} ORDER BY ${orderBy} LIMIT ${CONTACTS_PAGE_SIZE + 1}`,
    params,
  );
  const [{ Plan: plan, "Execution Time": executionMs }] = rows[0]["QUERY PLAN"];
  const scans = scansOf(plan);
  return {
    scans: scans.map((scan) => `${scan["Node Type"]} ${scan["Index Name"] ?? scan["Relation Name"] ?? ""}`.trim()),
    seqScanOnContact: scans.some((scan) => scan["Node Type"] === "Seq Scan" && scan["Relation Name"] === "press_contact"),
    usesIndex: scans.some((scan) => Boolean(scan["Index Name"])),
    executionMs: Math.round(executionMs * 100) / 100,
  };
}

export async function benchDirectorySearch({ client, actorId, people, seed, runs, warmup, log }: { client: pg.Client; actorId: string; people: number; seed: DirectorySeed | null; runs: number; warmup: number; log: (line: string) => void }): Promise<DirectoryBenchResult> {
  const actor: Actor = { id: actorId, roles: ["ADMIN"] };
  const busiest = (await client.query<{ id: string }>("SELECT outlet_id AS id FROM press_contact WHERE outlet_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")).rows[0].id;
  const cases: { name: string; filters: Filters; secondPage?: boolean }[] = [
    { name: "no filter", filters: {} },
    { name: 'q="nguyen"', filters: { q: "nguyen" } },
    { name: 'q="Nguyễn Thị"', filters: { q: "Nguyễn Thị" } },
    { name: 'q="Ragnhildur" (rare)', filters: { q: "Ragnhildur" } },
    { name: "role=PRESS_ATTACHE", filters: { role: "PRESS_ATTACHE" } },
    { name: "nationality=JP", filters: { nationality: "JP" } },
    { name: "outlet (busiest)", filters: { outletId: busiest } },
    { name: 'q="nguyen", page 2', filters: { q: "nguyen" }, secondPage: true },
    { name: "no filter, page 2", filters: {}, secondPage: true },
  ];
  const results: DirectoryCaseResult[] = [];
  const everything: number[] = [];
  for (const benchCase of cases) {
    const list = (cursor?: string) => listContacts({ actor, filters: contactListFiltersSchema.parse({ ...benchCase.filters, cursor }) });
    const first = await list();
    const cursor = benchCase.secondPage ? (first.nextCursor ?? undefined) : undefined;
    for (let i = 0; i < warmup; i++) await list(cursor);
    const samples: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      rows = (await list(cursor)).items.length;
      samples.push(performance.now() - started);
    }
    everything.push(...samples);
    const lastOfFirst = first.items[first.items.length - 1];
    const plan = await explainPage(client, benchCase.filters, benchCase.secondPage && lastOfFirst ? lastOfFirst : undefined);
    const timings = summarize(samples);
    results.push({ name: benchCase.name, filters: { ...benchCase.filters, ...(benchCase.secondPage ? { page: 2 } : {}) }, timings, rows, plan });
    log(`  ${benchCase.name.padEnd(28)} p50 ${timings.p50.toFixed(1).padStart(6)} ms   p95 ${timings.p95.toFixed(1).padStart(6)} ms`);
  }
  return { people, seed, warmup, cases: results, overall: summarize(everything) };
}
