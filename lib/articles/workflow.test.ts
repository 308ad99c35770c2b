import { describe, expect, test } from "vitest";
import type { Actor } from "@/lib/authz/policy";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { EXPECTED_EDGES, LIVE_STATES, OFFLINE_STATES, ROLES, STATES, TRANSITION_CASES } from "@/lib/test/expected-workflow";
import { ARTICLE_STATUSES, ARTICLE_WORKFLOW, EDITABLE_STATUSES, statusAfterEdit, type ArticleCondition } from "./workflow";

const ACTOR_ID = "00000000-0000-4000-8000-000000000001";
const SOMEONE_ELSE = "00000000-0000-4000-8000-000000000002";

const LIVE: ReadonlySet<ArticleCondition> = new Set(["live"]);
const conditions = (live: boolean): ReadonlySet<ArticleCondition> => (live ? LIVE : new Set());

/** What the code decides: the edge exists and the policy allows its action on this article. */
function actuallyAllowed(from: ArticleStatus, to: ArticleStatus, actor: Actor, own: boolean, live: boolean): boolean {
  const rule = ARTICLE_WORKFLOW.rule(from, to, conditions(live));
  if (!rule) return false;
  return ARTICLE_WORKFLOW.allowedTargets(actor, { createdById: own ? actor.id : SOMEONE_ELSE, status: from }, conditions(live)).includes(to);
}

// The expectation is written by hand in lib/test/expected-workflow.ts, not derived from the code under test.
const cases = TRANSITION_CASES;

describe("article workflow: every transition × role × ownership", () => {
  test("covers 7 × 7 transitions for 5 roles, own and someone else's, live or not", () => {
    expect(cases).toHaveLength(7 * 5 * 2 * (OFFLINE_STATES.length + LIVE_STATES.length));
    expect(new Set(ARTICLE_STATUSES)).toEqual(new Set(STATES));
    expect(new Set(ROLES).size).toBe(5);
  });

  test.each(cases)("$role ($from → $to, own: $own, live: $live) allowed: $allowed", ({ role, from, to, own, live, allowed }) => {
    expect(actuallyAllowed(from, to, { id: ACTOR_ID, roles: [role] }, own, live)).toBe(allowed);
  });
});

describe("the edges themselves", () => {
  test("the workflow has exactly the agreed edges", () => {
    const actual = STATES.flatMap((from) =>
      STATES.filter((to) => ARTICLE_WORKFLOW.rule(from, to) || ARTICLE_WORKFLOW.rule(from, to, LIVE)).map((to) => `${from} → ${to}`),
    );
    expect(actual.sort()).toEqual(Object.keys(EXPECTED_EDGES).sort());
  });

  test.each(Object.entries(EXPECTED_EDGES))("%s asks for a note only when changes are requested", (edge, expected) => {
    const [from, to] = edge.split(" → ") as [ArticleStatus, ArticleStatus];
    expect(Boolean(ARTICLE_WORKFLOW.transitions[from][to]?.requiresNote)).toBe(Boolean(expected.requiresNote));
  });

  test("no state moves to itself", () => {
    for (const state of STATES) expect(ARTICLE_WORKFLOW.transitions[state][state]).toBeUndefined();
  });

  test("a published article can only be unpublished: not archived, not sent back, not reopened", () => {
    expect(STATES.filter((to) => ARTICLE_WORKFLOW.rule("PUBLISHED", to, LIVE))).toEqual(["UNPUBLISHED"]);
  });

  test("every state except PUBLISHED can be archived, unless readers can still see it", () => {
    for (const from of STATES) {
      expect(Boolean(ARTICLE_WORKFLOW.rule(from, "ARCHIVED")), from).toBe(from !== "PUBLISHED" && from !== "ARCHIVED");
      expect(ARTICLE_WORKFLOW.rule(from, "ARCHIVED", LIVE), from).toBeUndefined();
    }
  });

  test("a live story can be taken down from every step of its revision, and only a live one", () => {
    for (const from of ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED"] as const) {
      expect(ARTICLE_WORKFLOW.rule(from, "UNPUBLISHED", LIVE)?.action, from).toBe("article.publish");
      expect(ARTICLE_WORKFLOW.rule(from, "UNPUBLISHED"), from).toBeUndefined();
    }
  });
});

describe("rules that must hold whatever the tables say", () => {
  const writer: Actor = { id: ACTOR_ID, roles: ["WRITER"] };
  const editor: Actor = { id: ACTOR_ID, roles: ["EDITOR"] };
  const pressOfficer: Actor = { id: ACTOR_ID, roles: ["PRESS_OFFICER"] };

  test.each(STATES)("a writer can never publish, unpublish, approve, request changes or restore from %s, even their own", (from) => {
    const targets = ARTICLE_WORKFLOW.allowedTargets(writer, { createdById: writer.id, status: from });
    for (const forbidden of ["PUBLISHED", "UNPUBLISHED", "APPROVED", "CHANGES_REQUESTED"] as const) {
      expect(targets).not.toContain(forbidden);
    }
    if (from === "ARCHIVED") expect(targets).toEqual([]);
  });

  test.each(STATES)("an editor can never publish or unpublish from %s", (from) => {
    const targets = ARTICLE_WORKFLOW.allowedTargets(editor, { createdById: editor.id, status: from });
    expect(targets).not.toContain("PUBLISHED");
    expect(targets).not.toContain("UNPUBLISHED");
  });

  test.each(STATES)("a press officer moves no article anywhere from %s", (from) => {
    expect(ARTICLE_WORKFLOW.allowedTargets(pressOfficer, { createdById: pressOfficer.id, status: from })).toEqual([]);
  });

  test.each(STATES)("nobody signed out moves an article from %s", (from) => {
    expect(ARTICLE_WORKFLOW.allowedTargets(null, { createdById: ACTOR_ID, status: from })).toEqual([]);
  });

  test("a writer cannot submit or archive someone else's draft", () => {
    expect(ARTICLE_WORKFLOW.allowedTargets(writer, { createdById: SOMEONE_ELSE, status: "DRAFT" })).toEqual([]);
  });

  test("several roles add up: a writer who is also an editor approves, but still does not publish", () => {
    const both: Actor = { id: ACTOR_ID, roles: ["WRITER", "EDITOR"] };
    const targets = ARTICLE_WORKFLOW.allowedTargets(both, { createdById: SOMEONE_ELSE, status: "IN_REVIEW" });
    expect(targets.sort()).toEqual(["APPROVED", "ARCHIVED", "CHANGES_REQUESTED"]);
    expect(ARTICLE_WORKFLOW.allowedTargets(both, { createdById: SOMEONE_ELSE, status: "APPROVED" })).not.toContain("PUBLISHED");
  });
});

describe("what an edit does to the state", () => {
  test.each([
    ["DRAFT", "DRAFT"],
    ["IN_REVIEW", "IN_REVIEW"],
    ["CHANGES_REQUESTED", "CHANGES_REQUESTED"],
    // Approved text that changes needs approving again.
    ["APPROVED", "IN_REVIEW"],
    // A live story's edit is a new revision; readers keep the published snapshot.
    ["PUBLISHED", "DRAFT"],
    ["UNPUBLISHED", "DRAFT"],
  ] as const)("editing a %s article leaves it %s", (from, to) => {
    expect(statusAfterEdit(from)).toBe(to);
  });

  test("archived articles are not editable; all others are", () => {
    expect(EDITABLE_STATUSES).not.toContain("ARCHIVED");
    expect([...EDITABLE_STATUSES].sort()).toEqual(STATES.filter((state) => state !== "ARCHIVED").sort());
  });
});
