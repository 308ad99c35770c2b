/**
 * The statistics on a small known set of applications: every breakdown, the
 * median processing time, the period's boundaries in Việt Nam time, who may
 * see them, the sentence, and the CSV export.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { createTranslator } from "@/lib/i18n/translator";
import { refusal } from "@/lib/test/refusal";
import { reporters, statsDelegations } from "@/lib/test/delegation-stats-factories";
import { users, type TestUser } from "@/lib/test/factories";
import { periodStatistics, statisticsStatement } from "./statistics";
import { exportStatisticsCsv } from "./statistics-csv";
import { statisticsPeriodSchema } from "./statistics-schemas";

const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);
const after = (date: Date, days: number) => new Date(date.getTime() + days * DAY);
const PERIOD = { from: "2025-01-01", to: "2025-06-30" };

let chief: TestUser;
let press: TestUser;

beforeAll(async () => {
  [chief, press] = await Promise.all([users.create({ roles: ["CHIEF_EDITOR"] }), users.create({ roles: ["PRESS_OFFICER"] })]);
  const a = at("2025-01-10T03:00:00Z");
  const b = at("2025-02-05T03:00:00Z");
  const c = at("2025-02-20T03:00:00Z");
  await statsDelegations.create({ status: "APPROVED", outletCountry: "FR", outletKind: "NEWSPAPER", topics: ["Kinh tế", " kinh tế ", "Culture"], submittedAt: a, decidedAt: after(a, 4), members: reporters(3) });
  await statsDelegations.create({ status: "COMPLETED", outletCountry: "FR", outletKind: "TV", topics: ["kinh te"], submittedAt: b, decidedAt: after(b, 10), members: reporters(2) });
  await statsDelegations.create({ status: "REJECTED", outletCountry: "JP", outletKind: "TV", topics: ["culture"], submittedAt: c, decidedAt: after(c, 6.5), members: reporters(1, "JP") });
  await statsDelegations.create({ status: "WITHDRAWN", outletCountry: "JP", submittedAt: at("2025-03-01T03:00:00Z"), members: reporters(2, "JP", "CAMERA") });
  await statsDelegations.create({ status: "UNDER_REVIEW", outletKind: "RADIO", topics: ["Kinh tế"], submittedAt: at("2025-04-15T03:00:00Z"), members: reporters(4, "DE") });
  // 23:59:59 on 30 June in Hà Nội: the last second of the period.
  await statsDelegations.create({ status: "CANCELLED", outletCountry: "KR", outletKind: "ONLINE", topics: ["Heritage"], submittedAt: at("2025-06-30T16:59:59Z"), members: reporters(1, "KR") });
  // Just outside: 23:59:59 on 31 December 2024 and midnight of 1 July 2025 in Hà Nội; a draft never counts.
  await statsDelegations.create({ status: "APPROVED", outletCountry: "FR", outletKind: "TV", submittedAt: at("2024-12-31T16:59:59Z"), decidedAt: at("2025-01-02T00:00:00Z"), members: reporters(5) });
  await statsDelegations.create({ status: "SUBMITTED", outletCountry: "US", outletKind: "TV", submittedAt: at("2025-06-30T17:00:00Z"), members: reporters(2, "US") });
  await statsDelegations.create({ status: "DRAFT", outletCountry: "FR", outletKind: "TV", members: reporters(7) });
});

describe("periodStatistics", () => {
  test("totals and the median days from submission to decision count only applications submitted in the period", async () => {
    const stats = await periodStatistics({ actor: chief, ...PERIOD });
    expect(stats.period).toEqual({ ...PERIOD, isDefault: false });
    expect({ delegations: stats.delegations, reporters: stats.reporters, decided: stats.decided, median: stats.medianProcessingDays }).toEqual({ delegations: 6, reporters: 13, decided: 3, median: 6.5 });
  });

  test("by country and by outlet type, the busiest first, with the applications that gave none", async () => {
    const stats = await periodStatistics({ actor: press, ...PERIOD });
    expect(stats.byCountry).toEqual([
      { key: "FR", delegations: 2, reporters: 5 },
      { key: "JP", delegations: 2, reporters: 3 },
      { key: "", delegations: 1, reporters: 4 },
      { key: "KR", delegations: 1, reporters: 1 },
    ]);
    expect(stats.byOutletKind).toEqual([
      { key: "TV", delegations: 2, reporters: 3 },
      { key: "", delegations: 1, reporters: 2 },
      { key: "NEWSPAPER", delegations: 1, reporters: 3 },
      { key: "ONLINE", delegations: 1, reporters: 1 },
      { key: "RADIO", delegations: 1, reporters: 4 },
    ]);
  });

  test("topics are folded (case, spaces, diacritics) and counted once per application", async () => {
    const stats = await periodStatistics({ actor: chief, ...PERIOD });
    expect(stats.byTopic.map(({ key, delegations, reporters }) => ({ key, delegations, reporters }))).toEqual([
      { key: "kinh te", delegations: 3, reporters: 9 },
      { key: "culture", delegations: 2, reporters: 4 },
      { key: "heritage", delegations: 1, reporters: 1 },
    ]);
    expect(stats.byTopic[0].label).toBe("Kinh tế");
  });

  test("every outcome and every month of the period appear, the empty ones with zero", async () => {
    const stats = await periodStatistics({ actor: chief, ...PERIOD });
    expect(stats.byOutcome).toEqual([
      { key: "APPROVED", delegations: 2, reporters: 5 },
      { key: "REJECTED", delegations: 1, reporters: 1 },
      { key: "WITHDRAWN", delegations: 1, reporters: 2 },
      { key: "CANCELLED", delegations: 1, reporters: 1 },
      { key: "PENDING", delegations: 1, reporters: 4 },
    ]);
    expect(stats.byMonth.map((row) => [row.key, row.delegations, row.reporters])).toEqual([
      ["2025-01", 1, 3],
      ["2025-02", 2, 3],
      ["2025-03", 1, 2],
      ["2025-04", 1, 4],
      ["2025-05", 0, 0],
      ["2025-06", 1, 1],
    ]);
  });

  test("the period's first and last days are whole days in Việt Nam", async () => {
    const lastDay = await periodStatistics({ actor: chief, from: "2025-06-30", to: "2025-06-30" });
    expect([lastDay.delegations, lastDay.reporters]).toEqual([1, 1]);
    const dayBefore = await periodStatistics({ actor: chief, from: "2024-12-31", to: "2024-12-31" });
    expect([dayBefore.delegations, dayBefore.reporters, dayBefore.medianProcessingDays]).toEqual([1, 5, 1.3]);
    const empty = await periodStatistics({ actor: chief, from: "2019-01-01", to: "2019-01-31" });
    expect([empty.delegations, empty.reporters, empty.medianProcessingDays, empty.byCountry]).toEqual([0, 0, null, []]);
  });

  test("without dates, the two years up to today in Việt Nam", async () => {
    const stats = await periodStatistics({ actor: chief, now: at("2025-07-01T18:00:00Z") });
    expect(stats.period).toEqual({ from: "2023-07-03", to: "2025-07-02", isDefault: true });
    expect([stats.delegations, stats.reporters]).toEqual([8, 20]);
  });

  test("writers and editors are refused; chief editors and press officers are not", async () => {
    for (const roles of [["WRITER"], ["EDITOR"]] as const) {
      const actor = await users.create({ roles: [...roles] });
      expect((await refusal(periodStatistics({ actor, ...PERIOD }))).code).toBe("FORBIDDEN");
      expect((await refusal(exportStatisticsCsv({ actor, period: PERIOD, locale: "en" }))).code).toBe("FORBIDDEN");
    }
  });
});

describe("the period filter", () => {
  test("refuses unknown fields, impossible dates and an end before the start; empty fields mean the default", () => {
    expect(statisticsPeriodSchema.safeParse({ from: "", to: "" }).data).toEqual({});
    expect(statisticsPeriodSchema.safeParse({ from: "2025-02-30" }).error?.issues[0]).toMatchObject({ path: ["from"], message: "validation.invalid" });
    expect(statisticsPeriodSchema.safeParse({ from: "2025-03-01", to: "2025-02-01" }).error?.issues[0]).toMatchObject({ path: ["to"], message: "delegationStats.period.toBeforeFrom" });
    expect(statisticsPeriodSchema.safeParse({ from: "2025-03-01", status: "x" }).error?.issues[0].message).toBe("validation.unknownField");
  });
});

describe("the sentence", () => {
  test("says one delegation and one reporter in the singular, more in the plural, in both languages", async () => {
    const period = { from: "2024-12-02", to: "2026-12-01", isDefault: true };
    expect(statisticsStatement({ delegations: 1, reporters: 1, period }, "en", createTranslator("en"))).toBe("1 delegation with 1 reporter in the last two years");
    expect(statisticsStatement({ delegations: 512, reporters: 2937, period }, "en", createTranslator("en"))).toBe("512 delegations with 2,937 reporters in the last two years");
    expect(statisticsStatement({ delegations: 512, reporters: 2937, period }, "vi", createTranslator("vi"))).toBe("512 đoàn với 2.937 phóng viên trong hai năm qua");
    const stats = await periodStatistics({ actor: chief, ...PERIOD });
    expect(statisticsStatement(stats, "en", createTranslator("en"))).toMatch(/^6 delegations with 13 reporters from .+2025 to .+2025$/);
  });
});

describe("exportStatisticsCsv", () => {
  test("one section per breakdown with the same figures, labels in the reader's language", async () => {
    const csv = await exportStatisticsCsv({ actor: chief, period: PERIOD, locale: "en" });
    expect(csv.fileName).toBe("delegation-statistics-2025-01-01-2025-06-30.csv");
    const lines = csv.body.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
    expect(lines.slice(0, 5)).toEqual([
      "Section,Item,Code,Delegations,Reporters",
      "Period,2025-01-01 – 2025-06-30,,,",
      "Total,,,6,13",
      "Applications decided,,,3,",
      "Median processing time (days),6.5,,,",
    ]);
    expect(lines).toContain("By country,France,FR,2,5");
    expect(lines).toContain("By country,Not given,,1,4");
    expect(lines).toContain("By outlet type,Television,TV,2,3");
    expect(lines).toContain("By topic,Kinh tế,kinh te,3,9");
    expect(lines).toContain("By outcome,Pending,PENDING,1,4");
    expect(lines).toContain("By month of submission,May 2025,2025-05,0,0");
    expect(lines).toHaveLength(5 + 4 + 5 + 3 + 5 + 6);
    const vi = await exportStatisticsCsv({ actor: press, period: PERIOD, locale: "vi" });
    expect(vi.body).toContain("Theo quốc gia,Pháp,FR,2,5");
  });
});
