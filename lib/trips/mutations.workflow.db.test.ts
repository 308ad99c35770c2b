/**
 * The trip workflow on a real database: every edge of TRIP_WORKFLOW tried by
 * every role, against the policy as the issue states it (written out here by
 * hand, independently of workflow.ts and permissions.ts); the readiness
 * guards; notes; two moves at once; and the history rows.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import type { Role, TripStatus } from "@/lib/generated/prisma/enums";
import { refusal } from "@/lib/test/refusal";
import { users, type TestUser } from "@/lib/test/factories";
import { contacts, trips } from "@/lib/test/trip-factories";
import { transitionTrip } from "./mutations";
import { getTripDetailOrThrow } from "./queries";
import { TRIP_STATUSES, TRIP_WORKFLOW } from "./workflow";

const ROLES: readonly Role[] = ["WRITER", "EDITOR", "CHIEF_EDITOR", "PRESS_OFFICER", "ADMIN"];
const PLANNERS: Role[] = ["PRESS_OFFICER", "ADMIN"];
const APPROVERS: Role[] = ["CHIEF_EDITOR", "ADMIN"];

/** Issue 4: press officers plan and run trips; an admin or chief approves (and withdraws an approval, with a reason). */
const EXPECTED: Record<string, { who: Role[]; note?: true }> = {
  "IDEA → PLANNED": { who: PLANNERS },
  "IDEA → CANCELLED": { who: PLANNERS, note: true },
  "PLANNED → APPROVED": { who: APPROVERS },
  "PLANNED → IDEA": { who: PLANNERS },
  "PLANNED → CANCELLED": { who: PLANNERS, note: true },
  "APPROVED → INVITATIONS_SENT": { who: PLANNERS },
  "APPROVED → PLANNED": { who: APPROVERS, note: true },
  "APPROVED → CANCELLED": { who: PLANNERS, note: true },
  "INVITATIONS_SENT → CONFIRMED": { who: PLANNERS },
  "INVITATIONS_SENT → CANCELLED": { who: PLANNERS, note: true },
  "CONFIRMED → ONGOING": { who: PLANNERS },
  "CONFIRMED → INVITATIONS_SENT": { who: PLANNERS },
  "CONFIRMED → CANCELLED": { who: PLANNERS, note: true },
  "ONGOING → COMPLETED": { who: PLANNERS },
  "ONGOING → CANCELLED": { who: PLANNERS, note: true },
  "COMPLETED → REPORTED": { who: PLANNERS },
};

const actors = {} as Record<Role, TestUser>;
let reporter: string;

/** A trip in `status` with one accepted participant, so the readiness guards pass. */
async function readyTrip(status: TripStatus) {
  const trip = await trips.create({ createdById: actors.PRESS_OFFICER.id, status });
  await db.tripParticipant.create({ data: { tripId: trip.id, contactId: reporter, status: "ACCEPTED", invitedById: actors.PRESS_OFFICER.id, seatRequestedAt: new Date() } });
  return trip;
}

beforeAll(async () => {
  for (const role of ROLES) actors[role] = await users.create({ roles: [role] });
  reporter = (await contacts.create({ createdById: actors.PRESS_OFFICER.id })).id;
});

test("the table under test is the workflow's table, edge for edge", () => {
  const declared = TRIP_STATUSES.flatMap((from) => Object.keys(TRIP_WORKFLOW.transitions[from]).map((to) => `${from} → ${to}`));
  expect(declared.sort()).toEqual(Object.keys(EXPECTED).sort());
});

describe.each(Object.entries(EXPECTED))("%s", (edge, expected) => {
  const [from, to] = edge.split(" → ") as [TripStatus, TripStatus];

  test.each(ROLES)("by %s", async (role) => {
    const trip = await readyTrip(from);
    const note = expected.note ? "Bão lớn ở Tây Nguyên" : undefined;
    const attempt = transitionTrip({ actor: actors[role], input: { tripId: trip.id, version: trip.version, to, note } });
    if (expected.who.includes(role)) {
      await expect(attempt).resolves.toMatchObject({ status: to, version: trip.version + 1 });
      const row = await db.trip.findUniqueOrThrow({ where: { id: trip.id } });
      expect(row.status).toBe(to);
      expect(row.cancelReason).toBe(to === "CANCELLED" ? note : null);
    } else {
      expect((await refusal(attempt)).code).toBe("FORBIDDEN");
      expect((await db.trip.findUniqueOrThrow({ where: { id: trip.id } })).status).toBe(from);
    }
  });

  test("the detail page offers it exactly to those roles", async () => {
    const trip = await readyTrip(from);
    for (const role of ROLES.filter((role) => role !== "WRITER")) {
      const detail = await getTripDetailOrThrow({ actor: actors[role], tripId: trip.id });
      expect(detail.allowedTargets.includes(to), role).toBe(expected.who.includes(role));
      if (detail.allowedTargets.includes(to)) expect(detail.noteRequiredFor.includes(to)).toBe(Boolean(expected.note));
    }
  });
});

test("moves that are not edges are refused as invalid, even for an admin", async () => {
  for (const from of TRIP_STATUSES) {
    const trip = await readyTrip(from);
    for (const to of TRIP_STATUSES.filter((to) => !EXPECTED[`${from} → ${to}`])) {
      const error = await refusal(transitionTrip({ actor: actors.ADMIN, input: { tripId: trip.id, version: trip.version, to, note: "why not" } }));
      expect(error.code, `${from} → ${to}`).toBe("INVALID_TRANSITION");
    }
  }
});

describe("notes and guards", () => {
  test("cancelling and withdrawing an approval need a reason, as a field error on the note", async () => {
    const idea = await readyTrip("IDEA");
    const cancel = await refusal(transitionTrip({ actor: actors.PRESS_OFFICER, input: { tripId: idea.id, version: idea.version, to: "CANCELLED", note: "  " } }));
    expect(cancel.fieldErrors).toEqual({ note: ["trips.cancelReasonRequired"] });
    const approved = await readyTrip("APPROVED");
    const withdraw = await refusal(transitionTrip({ actor: actors.CHIEF_EDITOR, input: { tripId: approved.id, version: approved.version, to: "PLANNED" } }));
    expect(withdraw.fieldErrors).toEqual({ note: ["trips.noteRequired"] });
  });

  test("invitations cannot be marked sent with nobody invited; nothing is written", async () => {
    const trip = await trips.create({ createdById: actors.PRESS_OFFICER.id, status: "APPROVED" });
    const error = await refusal(transitionTrip({ actor: actors.PRESS_OFFICER, input: { tripId: trip.id, version: trip.version, to: "INVITATIONS_SENT" } }));
    expect(error).toMatchObject({ code: "INVALID_TRANSITION", messageKey: "trips.needsParticipant" });
    const row = await db.trip.findUniqueOrThrow({ where: { id: trip.id } });
    expect({ status: row.status, version: row.version }).toEqual({ status: "APPROVED", version: trip.version });
    expect(await db.tripActivity.count({ where: { tripId: trip.id } })).toBe(0);
  });

  test("a trip is confirmed only with a seat taken: invited, declined and waitlisted people do not count", async () => {
    const trip = await trips.create({ createdById: actors.PRESS_OFFICER.id, status: "INVITATIONS_SENT" });
    for (const status of ["INVITED", "DECLINED", "WAITLISTED"] as const) {
      const contact = await contacts.create({ createdById: actors.PRESS_OFFICER.id });
      await db.tripParticipant.create({ data: { tripId: trip.id, contactId: contact.id, status, invitedById: actors.PRESS_OFFICER.id } });
    }
    const error = await refusal(transitionTrip({ actor: actors.PRESS_OFFICER, input: { tripId: trip.id, version: trip.version, to: "CONFIRMED" } }));
    expect(error.messageKey).toBe("trips.needsAcceptedSeat");
    expect((await db.trip.findUniqueOrThrow({ where: { id: trip.id } })).status).toBe("INVITATIONS_SENT");
  });
});

describe("concurrency and history", () => {
  test("two moves from the same version at once: exactly one wins, the other is a conflict", async () => {
    const trip = await readyTrip("PLANNED");
    const results = await Promise.allSettled([
      transitionTrip({ actor: actors.CHIEF_EDITOR, input: { tripId: trip.id, version: trip.version, to: "APPROVED" } }),
      transitionTrip({ actor: actors.PRESS_OFFICER, input: { tripId: trip.id, version: trip.version, to: "CANCELLED", note: "Budget cut" } }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const [lost] = results.filter((result) => result.status === "rejected");
    expect((lost as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.tripActivity.count({ where: { tripId: trip.id, kind: "STATUS_CHANGED" } })).toBe(1);
    expect((await db.trip.findUniqueOrThrow({ where: { id: trip.id } })).version).toBe(trip.version + 1);
  });

  test("a move from an old screen is a conflict; an unknown trip is 404; writers are refused before anything", async () => {
    const trip = await readyTrip("IDEA");
    await transitionTrip({ actor: actors.PRESS_OFFICER, input: { tripId: trip.id, version: trip.version, to: "PLANNED" } });
    const stale = await refusal(transitionTrip({ actor: actors.PRESS_OFFICER, input: { tripId: trip.id, version: trip.version, to: "PLANNED" } }));
    expect(stale.code).toBe("CONFLICT");
    const missing = await refusal(transitionTrip({ actor: actors.ADMIN, input: { tripId: "7d0c5c9e-1f7a-4c1b-8b61-2d3f9a4e5b6c", version: 1, to: "PLANNED" } }));
    expect(missing.code).toBe("NOT_FOUND");
    expect((await refusal(transitionTrip({ actor: actors.WRITER, input: { tripId: trip.id, version: 2, to: "IDEA" } }))).code).toBe("FORBIDDEN");
  });

  test("each move is a history row: who, from, to and the note", async () => {
    const trip = await readyTrip("APPROVED");
    await transitionTrip({ actor: actors.CHIEF_EDITOR, input: { tripId: trip.id, version: trip.version, to: "PLANNED", note: "Program to revise" } });
    const rows = await db.tripActivity.findMany({ where: { tripId: trip.id } });
    expect(rows).toEqual([
      expect.objectContaining({ kind: "STATUS_CHANGED", actorId: actors.CHIEF_EDITOR.id, fromStatus: "APPROVED", toStatus: "PLANNED", note: "Program to revise" }),
    ]);
  });
});
