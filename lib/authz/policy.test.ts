import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/errors";
import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";
import { PERMISSIONS, ROLE_PERMISSIONS, type Action, type Permission } from "./permissions";
import { assertCan, can, permissionsOf, type Actor } from "./policy";

/** Who may do what, written out by hand (not derived from permissions.ts). */
const EXPECTED: Record<Role, Permission[]> = {
  WRITER: [
    "article.read",
    "article.create",
    "article.edit.own",
    "article.submit.own",
    "article.archive.own",
    "article.comment",
    "media.read",
    "media.upload",
    "media.edit.own",
    "media.delete.own",
  ],
  EDITOR: [
    "article.read",
    "article.create",
    "article.edit.any",
    "article.submit.any",
    "article.review",
    "article.archive.any",
    "article.restore",
    "article.assign",
    "article.comment",
    "media.read",
    "media.upload",
    "media.edit.any",
    "media.delete.any",
    "contact.read",
    "trip.read",
  ],
  CHIEF_EDITOR: [
    "article.read",
    "article.create",
    "article.edit.any",
    "article.submit.any",
    "article.review",
    "article.publish",
    "article.archive.any",
    "article.restore",
    "article.assign",
    "article.comment",
    "media.read",
    "media.upload",
    "media.edit.any",
    "media.delete.any",
    "contact.read",
    "trip.read",
    "trip.approve",
    "delegation.stats",
  ],
  PRESS_OFFICER: [
    "media.read",
    "media.upload",
    "media.edit.own",
    "media.delete.own",
    "contact.read",
    "contact.manage",
    "contact.personal",
    "trip.read",
    "trip.manage",
    "delegation.review",
    "delegation.personal",
    "delegation.stats",
  ],
  ADMIN: [...PERMISSIONS],
};

const ROLES = Object.keys(EXPECTED) as Role[];
const ACTIONS: Action[] = [
  "article.read",
  "article.create",
  "article.edit",
  "article.submit",
  "article.review",
  "article.publish",
  "article.archive",
  "article.restore",
  "article.assign",
  "article.comment",
  "media.read",
  "media.upload",
  "media.edit",
  "media.delete",
  "contact.read",
  "contact.manage",
  "contact.personal",
  "trip.read",
  "trip.manage",
  "trip.approve",
  "delegation.review",
  "delegation.personal",
  "delegation.stats",
  "user.manage",
];
const STATES: ArticleStatus[] = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "UNPUBLISHED", "ARCHIVED"];

const ME = "00000000-0000-4000-8000-00000000000a";
const SOMEONE_ELSE = "00000000-0000-4000-8000-00000000000b";
const actorWith = (...roles: Role[]): Actor => ({ id: ME, roles });

describe("the permission × role table", () => {
  test("lists every role and no unknown permission", () => {
    expect(Object.keys(ROLE_PERMISSIONS).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) for (const permission of ROLE_PERMISSIONS[role]) expect(PERMISSIONS).toContain(permission);
  });

  const matrix = ROLES.flatMap((role) => PERMISSIONS.map((permission) => ({ role, permission, granted: EXPECTED[role].includes(permission) })));

  test.each(matrix)("$role has $permission: $granted", ({ role, permission, granted }) => {
    expect(permissionsOf(actorWith(role)).has(permission)).toBe(granted);
  });

  test("only press officers and administrators see applications and their protected data", () => {
    for (const role of ROLES) {
      const expected = role === "PRESS_OFFICER" || role === "ADMIN";
      expect(can(actorWith(role), "delegation.review"), role).toBe(expected);
      expect(can(actorWith(role), "delegation.personal"), role).toBe(expected);
    }
  });

  test("only administrators manage users", () => {
    for (const role of ROLES) expect(can(actorWith(role), "user.manage"), role).toBe(role === "ADMIN");
  });

  test("only chief editors and administrators publish", () => {
    for (const role of ROLES) expect(can(actorWith(role), "article.publish"), role).toBe(role === "CHIEF_EDITOR" || role === "ADMIN");
  });

  test("desks assign stories; writers do not", () => {
    for (const role of ROLES) {
      expect(can(actorWith(role), "article.assign"), role).toBe(role === "EDITOR" || role === "CHIEF_EDITOR" || role === "ADMIN");
    }
  });

  test("everyone who reads articles may comment on them; press officers neither", () => {
    for (const role of ROLES) {
      expect(can(actorWith(role), "article.comment"), role).toBe(role !== "PRESS_OFFICER");
      expect(can(actorWith(role), "article.comment"), role).toBe(can(actorWith(role), "article.read"));
    }
  });

  test("roles add up", () => {
    const granted = permissionsOf(actorWith("WRITER", "PRESS_OFFICER", "EDITOR"));
    expect([...granted].sort()).toEqual([...new Set([...EXPECTED.WRITER, ...EXPECTED.EDITOR, ...EXPECTED.PRESS_OFFICER])].sort());
  });

  test("the press-contacts directory: the desk reads it, press officers keep it and alone see personal data, writers get nothing", () => {
    for (const role of ROLES) {
      expect(can(actorWith(role), "contact.read"), role).toBe(role !== "WRITER");
      expect(can(actorWith(role), "contact.manage"), role).toBe(role === "PRESS_OFFICER" || role === "ADMIN");
      expect(can(actorWith(role), "contact.personal"), role).toBe(role === "PRESS_OFFICER" || role === "ADMIN");
    }
  });
});

describe("own and any", () => {
  const mine = (status: ArticleStatus) => ({ createdById: ME, status });
  const theirs = (status: ArticleStatus) => ({ createdById: SOMEONE_ELSE, status });
  const writer = actorWith("WRITER");

  test.each(STATES)("a writer edits their own article only while it is a draft or sent back (%s)", (status) => {
    expect(can(writer, "article.edit", mine(status))).toBe(status === "DRAFT" || status === "CHANGES_REQUESTED");
  });

  test.each(STATES)("a writer never edits someone else's article (%s)", (status) => {
    expect(can(writer, "article.edit", theirs(status))).toBe(false);
  });

  test.each(STATES)("editors, chiefs and admins edit any article (%s)", (status) => {
    for (const role of ["EDITOR", "CHIEF_EDITOR", "ADMIN"] as const) {
      expect(can(actorWith(role), "article.edit", theirs(status)), role).toBe(true);
    }
  });

  test("a writer submits and archives their own article, not someone else's", () => {
    for (const action of ["article.submit", "article.archive"] as const) {
      expect(can(writer, action, mine("DRAFT")), action).toBe(true);
      expect(can(writer, action, theirs("DRAFT")), action).toBe(false);
    }
  });

  test.each(STATES)("a writer withdraws (archives) their own article only before the desk has it (%s)", (status) => {
    expect(can(writer, "article.archive", mine(status))).toBe(status === "DRAFT" || status === "CHANGES_REQUESTED");
  });

  test("an edit-own check without the article's state refuses", () => {
    expect(can(writer, "article.edit", { createdById: ME })).toBe(false);
  });

  test("without a resource, a scoped action answers whether some resource is allowed", () => {
    expect(can(writer, "article.edit")).toBe(true);
    expect(can(actorWith("PRESS_OFFICER"), "article.edit")).toBe(false);
  });

  test("unscoped permissions ignore ownership", () => {
    expect(can(writer, "article.review", mine("IN_REVIEW"))).toBe(false);
    expect(can(actorWith("EDITOR"), "article.review", theirs("IN_REVIEW"))).toBe(true);
  });
});

describe("a writer assigned to a story works on it as its creator would", () => {
  const assigned = { createdById: SOMEONE_ELSE, assignedWriterId: ME };
  test.each(STATES)("in %s", (status) => {
    const writer = actorWith("WRITER");
    const editable = status === "DRAFT" || status === "CHANGES_REQUESTED";
    expect(can(writer, "article.edit", { ...assigned, status })).toBe(editable);
    expect(can(writer, "article.archive", { ...assigned, status })).toBe(editable);
    expect(can(writer, "article.submit", { ...assigned, status })).toBe(true);
    // Someone else's assignment, or none, gives the writer nothing on another's story.
    expect(can(writer, "article.edit", { createdById: SOMEONE_ELSE, assignedWriterId: SOMEONE_ELSE, status })).toBe(false);
    expect(can(writer, "article.edit", { createdById: SOMEONE_ELSE, assignedWriterId: null, status })).toBe(false);
  });

  test("an assignment grants no desk step: reviewing and publishing stay with their roles", () => {
    const writer = actorWith("WRITER");
    expect(can(writer, "article.review", { ...assigned, status: "IN_REVIEW" })).toBe(false);
    expect(can(writer, "article.publish", { ...assigned, status: "APPROVED" })).toBe(false);
  });
});

describe("nobody gets anything for free", () => {
  test.each(ACTIONS)("no actor: %s refused, with and without a resource", (action) => {
    expect(can(null, action)).toBe(false);
    expect(can(undefined, action, { createdById: ME, status: "DRAFT" })).toBe(false);
  });

  test.each(ACTIONS)("an account without roles: %s refused", (action) => {
    expect(can(actorWith(), action, { createdById: ME, status: "DRAFT" })).toBe(false);
  });

  test("permissionsOf(null) is empty", () => {
    expect(permissionsOf(null).size).toBe(0);
  });

  test("assertCan throws FORBIDDEN when refused and returns when allowed", () => {
    expect(() => assertCan(null, "article.read")).toThrow(AppError);
    try {
      assertCan(actorWith("WRITER"), "article.publish");
      expect.unreachable("a writer was allowed to publish");
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("FORBIDDEN");
      expect((error as AppError).status).toBe(403);
    }
    expect(() => assertCan(actorWith("CHIEF_EDITOR"), "article.publish")).not.toThrow();
  });
});
