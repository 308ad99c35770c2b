/**
 * The demo delegations load into a real database: every state of the review,
 * a history that follows the workflow, passport data encrypted at rest, and
 * the statistics and the purge see them as the demo says.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { users, type TestUser } from "@/lib/test/factories";
import { SEED_DELEGATIONS, seedDelegations } from "@/prisma/seed-data/delegations";
import { purgeEndedApplications } from "./purge";
import { periodStatistics } from "./statistics";
import { DELEGATION_STATUSES, DELEGATION_WORKFLOW, applicantMayMove } from "./workflow";

const NOW = new Date("2026-12-01T03:00:00Z");
let press: TestUser;
let chief: TestUser;

beforeAll(async () => {
  [press, chief] = await Promise.all([users.create({ roles: ["PRESS_OFFICER"] }), users.create({ roles: ["CHIEF_EDITOR"] })]);
  await seedDelegations({ press, chief }, NOW);
});

describe("seedDelegations", () => {
  test("every status, references from the yearly counter, and each step of history allowed by the workflow", async () => {
    const rows = await db.delegation.findMany({ include: { transitions: { orderBy: { createdAt: "asc" } } } });
    expect(rows).toHaveLength(SEED_DELEGATIONS.length);
    expect(new Set(rows.map((row) => row.status))).toEqual(new Set(DELEGATION_STATUSES));
    for (const row of rows) {
      expect(row.reference === null).toBe(row.status === "DRAFT");
      if (row.reference) expect(row.reference).toMatch(/^DL-\d{4}-\d{5}$/);
      const last = row.transitions.at(-1);
      expect(last?.toStatus ?? "DRAFT").toBe(row.status);
      for (const step of row.transitions) {
        const allowed = step.actorId === null ? applicantMayMove(step.fromStatus, step.toStatus) : DELEGATION_WORKFLOW.rule(step.fromStatus, step.toStatus) !== undefined;
        expect(allowed, `${row.outletName}: ${step.fromStatus} → ${step.toStatus}`).toBe(true);
      }
    }
  });

  test("passport numbers and birth dates are not in the clear", async () => {
    const raw = await db.$queryRaw<{ row: string }[]>`SELECT row_to_json(m)::text AS row FROM delegation_member m`;
    const secrets = SEED_DELEGATIONS.flatMap((seed) => seed.members.flatMap((member) => [member.passport, member.bornOn]));
    for (const { row } of raw) for (const secret of secrets) expect(row).not.toContain(secret);
  });

  test("the last two years hold all but the draft and the old Vientiane Times visit, which the purge then takes", async () => {
    const stats = await periodStatistics({ actor: chief, now: NOW });
    expect(stats.delegations).toBe(SEED_DELEGATIONS.length - 2);
    const purged = await purgeEndedApplications({ now: NOW, monthsAfterEnd: 24 });
    expect(purged.applications).toBe(1);
    expect((await db.delegation.findFirstOrThrow({ where: { purgedAt: { not: null } } })).outletName).toBe("Vientiane Times");
  });
});
