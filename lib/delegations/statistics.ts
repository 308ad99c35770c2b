/**
 * What the service reports about incoming delegations: how many, with how many
 * reporters, from where, from which kind of outlet, on what, with what outcome,
 * month by month, and how long a decision takes. Every figure is a SQL
 * aggregate over the applications submitted in the period (drafts never count),
 * so the page costs the same at 500 or 50,000 delegations. Purged applications
 * keep every column read here, so the figures survive the purge.
 */
import { assertCan, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { formatCalendarDate } from "@/lib/i18n/calendar-date";
import { formatNumber } from "@/lib/i18n/format";
import { pluralForm } from "@/lib/i18n/plural";
import type { Translate } from "@/lib/i18n/translator";
import { searchKey } from "@/lib/text/slug";
import { resolvePeriod, type StatisticsPeriod, type StatisticsPeriodInput } from "./statistics-schemas";
import { APPROVED_STATUSES } from "./workflow";

export const OUTCOMES = ["APPROVED", "REJECTED", "WITHDRAWN", "CANCELLED", "PENDING"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** One bar: a country code, an outlet kind, a topic, an outcome or a month ("YYYY-MM"); "" is "not given". */
export type StatisticsRow = { key: string; label?: string; delegations: number; reporters: number };

export type PeriodStatistics = {
  period: StatisticsPeriod;
  delegations: number;
  reporters: number;
  /** Applications with a decision in the period's set, and the median days from submission to it. */
  decided: number;
  medianProcessingDays: number | null;
  byCountry: StatisticsRow[];
  byOutletKind: StatisticsRow[];
  byTopic: StatisticsRow[];
  byOutcome: StatisticsRow[];
  byMonth: StatisticsRow[];
};

const ZONE = "Asia/Ho_Chi_Minh";
const TOPIC_LIMIT = 20;

/**
 * The applications submitted from the first day's midnight to the midnight
 * after the last, in Việt Nam (the index on submitted_at serves a short
 * period), each with its outcome, month and member count. Members are counted
 * in one grouped pass over the chosen applications, not one lookup per
 * application: at 5,000 applications that is 13 ms instead of 40.
 */
function periodCtes({ from, to }: StatisticsPeriod): Prisma.Sql {
  return Prisma.sql`
    chosen AS (
      SELECT d.id, d.status, d.outlet_country, d.outlet_kind, d.topics, d.submitted_at, d.decided_at
      FROM delegation d
      WHERE d.status <> 'DRAFT'
        AND d.submitted_at >= (${from}::date::timestamp AT TIME ZONE ${ZONE})
        AND d.submitted_at < ((${to}::date + 1)::timestamp AT TIME ZONE ${ZONE})),
    counted AS (
      SELECT delegation_id, count(*) AS members FROM delegation_member WHERE delegation_id IN (SELECT id FROM chosen) GROUP BY delegation_id),
    period AS MATERIALIZED (
      SELECT c.*,
        CASE WHEN c.status::text = ANY(${[...APPROVED_STATUSES]}::text[]) THEN 'APPROVED'
             WHEN c.status IN ('REJECTED', 'WITHDRAWN', 'CANCELLED') THEN c.status::text
             ELSE 'PENDING' END AS outcome,
        to_char(c.submitted_at AT TIME ZONE ${ZONE}, 'YYYY-MM') AS month,
        coalesce(m.members, 0)::int AS reporters
      FROM chosen c LEFT JOIN counted m ON m.delegation_id = c.id)`;
}

type GroupedRow = {
  grouping: number;
  outlet_country: string | null;
  outlet_kind: string | null;
  outcome: string | null;
  month: string | null;
  delegations: number;
  reporters: number;
  decided: number;
  median_days: number | null;
};

/** One scan for the totals and four breakdowns; GROUPING() tells the sets apart (bit 3 country … bit 0 month). */
export function groupedFiguresSql(period: StatisticsPeriod): Prisma.Sql {
  return Prisma.sql`
    WITH ${periodCtes(period)}
    SELECT GROUPING(outlet_country, outlet_kind, outcome, month)::int AS grouping,
      outlet_country, outlet_kind::text AS outlet_kind, outcome, month,
      count(*)::int AS delegations, coalesce(sum(reporters), 0)::int AS reporters,
      count(decided_at)::int AS decided,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - submitted_at) / 86400) AS median_days
    FROM period
    GROUP BY GROUPING SETS ((), (outlet_country), (outlet_kind), (outcome), (month))`;
}

/**
 * Topics are typed by applicants: counted once per application by their
 * case-folded text, shown in their most frequent spelling.
 */
export function topicFiguresSql(period: StatisticsPeriod): Prisma.Sql {
  return Prisma.sql`
    WITH ${periodCtes(period)},
    topic AS (
      SELECT p.id, p.reporters, lower(btrim(t)) AS folded, min(btrim(t)) AS spelling
      FROM period p, unnest(p.topics) AS t
      WHERE btrim(t) <> ''
      GROUP BY p.id, p.reporters, lower(btrim(t)))
    SELECT folded, mode() WITHIN GROUP (ORDER BY spelling) AS label, count(*)::int AS delegations, coalesce(sum(reporters), 0)::int AS reporters
    FROM topic
    GROUP BY folded`;
}

type TopicRow = { folded: string; label: string; delegations: number; reporters: number };

async function topicFigures(period: StatisticsPeriod): Promise<StatisticsRow[]> {
  const rows = await db.$queryRaw<TopicRow[]>(topicFiguresSql(period));
  // Diacritics are folded here, on the few distinct topics: "Kinh tế" and "kinh te" are one bar.
  const merged = new Map<string, StatisticsRow & { weight: number }>();
  for (const row of rows) {
    const key = searchKey(row.folded);
    const seen = merged.get(key);
    if (!seen) merged.set(key, { key, label: row.label, delegations: row.delegations, reporters: row.reporters, weight: row.delegations });
    else {
      if (row.delegations > seen.weight) Object.assign(seen, { label: row.label, weight: row.delegations });
      seen.delegations += row.delegations;
      seen.reporters += row.reporters;
    }
  }
  return [...merged.values()]
    .map(({ key, label, delegations, reporters }) => ({ key, label, delegations, reporters }))
    .sort((a, b) => b.delegations - a.delegations || a.key.localeCompare(b.key))
    .slice(0, TOPIC_LIMIT);
}

const rowOf = (key: string | null, row: GroupedRow): StatisticsRow => ({ key: key ?? "", delegations: row.delegations, reporters: row.reporters });
const byCount = (a: StatisticsRow, b: StatisticsRow) => b.delegations - a.delegations || a.key.localeCompare(b.key);

/** Every month of the period, the empty ones too, so the chart's gaps are real. */
function monthsOf({ from, to }: StatisticsPeriod): string[] {
  const months: string[] = [];
  let [year, month] = from.slice(0, 7).split("-").map(Number);
  const last = to.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    months.push(key);
    if (key >= last) return months;
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
}

export async function periodStatistics({ actor, from, to, now }: { actor: Actor; now?: Date } & StatisticsPeriodInput): Promise<PeriodStatistics> {
  assertCan(actor, "delegation.stats");
  const period = resolvePeriod({ from, to }, now);
  const [grouped, byTopic] = await Promise.all([db.$queryRaw<GroupedRow[]>(groupedFiguresSql(period)), topicFigures(period)]);
  const set = (bit: number) => grouped.filter((row) => row.grouping === 15 - bit);
  const total = grouped.find((row) => row.grouping === 15);
  const outcomes = new Map(set(2).map((row) => [row.outcome, row]));
  const months = new Map(set(1).map((row) => [row.month, row]));
  const empty = (key: string): StatisticsRow => ({ key, delegations: 0, reporters: 0 });
  return {
    period,
    delegations: total?.delegations ?? 0,
    reporters: total?.reporters ?? 0,
    decided: total?.decided ?? 0,
    medianProcessingDays: total?.median_days === null || total?.median_days === undefined ? null : Math.round(Number(total.median_days) * 10) / 10,
    byCountry: set(8).map((row) => rowOf(row.outlet_country, row)).sort(byCount),
    byOutletKind: set(4).map((row) => rowOf(row.outlet_kind, row)).sort(byCount),
    byTopic,
    byOutcome: OUTCOMES.map((outcome) => { const row = outcomes.get(outcome); return row ? rowOf(outcome, row) : empty(outcome); }),
    byMonth: monthsOf(period).map((month) => { const row = months.get(month); return row ? rowOf(month, row) : empty(month); }),
  };
}

/**
 * "512 delegations with 2,937 reporters in the last two years": the sentence
 * the service can state from its own data, with each noun in the count's form.
 */
export function statisticsStatement(stats: Pick<PeriodStatistics, "delegations" | "reporters" | "period">, locale: Locale, t: Translate): string {
  const delegations = t(`delegationStats.statement.delegations.${pluralForm(locale, stats.delegations)}`, { count: formatNumber(locale, stats.delegations) });
  const reporters = t(`delegationStats.statement.reporters.${pluralForm(locale, stats.reporters)}`, { count: formatNumber(locale, stats.reporters) });
  if (stats.period.isDefault) return t("delegationStats.statement.lastTwoYears", { delegations, reporters });
  return t("delegationStats.statement.between", {
    delegations,
    reporters,
    from: formatCalendarDate(locale, stats.period.from),
    to: formatCalendarDate(locale, stats.period.to),
  });
}
