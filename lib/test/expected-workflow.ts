/**
 * The article workflow as the newsroom agreed it (issue 2), written out by hand
 * and independently of lib/articles/workflow.ts and lib/authz/permissions.ts,
 * so that a wrong edit to either table fails the unit and database tests.
 * "WRITER_OWN": a writer, on an article they created.
 */
import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";

export const ROLES: readonly Role[] = ["ADMIN", "CHIEF_EDITOR", "EDITOR", "WRITER", "PRESS_OFFICER"];
export const STATES: readonly ArticleStatus[] = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED", "UNPUBLISHED", "ARCHIVED"];

type Who = Role | "WRITER_OWN";
const DESK: Who[] = ["EDITOR", "CHIEF_EDITOR", "ADMIN"];
const CHIEFS: Who[] = ["CHIEF_EDITOR", "ADMIN"];
const AUTHOR_OR_DESK: Who[] = ["WRITER_OWN", ...DESK];

/**
 * "live": readers can see a published copy (a published story whose revision is
 * on its way through the workflow). `live: true` edges exist only then,
 * `live: false` edges only otherwise.
 */
export const EXPECTED_EDGES: Readonly<Record<string, { who: Who[]; requiresNote?: true; live?: boolean }>> = {
  "DRAFT → IN_REVIEW": { who: AUTHOR_OR_DESK },
  "DRAFT → ARCHIVED": { who: AUTHOR_OR_DESK, live: false },
  "DRAFT → UNPUBLISHED": { who: CHIEFS, live: true },
  "IN_REVIEW → CHANGES_REQUESTED": { who: DESK, requiresNote: true },
  "IN_REVIEW → APPROVED": { who: DESK },
  "IN_REVIEW → ARCHIVED": { who: DESK, live: false },
  "IN_REVIEW → UNPUBLISHED": { who: CHIEFS, live: true },
  "CHANGES_REQUESTED → IN_REVIEW": { who: AUTHOR_OR_DESK },
  "CHANGES_REQUESTED → ARCHIVED": { who: AUTHOR_OR_DESK, live: false },
  "CHANGES_REQUESTED → UNPUBLISHED": { who: CHIEFS, live: true },
  "APPROVED → PUBLISHED": { who: CHIEFS },
  "APPROVED → CHANGES_REQUESTED": { who: DESK, requiresNote: true },
  "APPROVED → ARCHIVED": { who: DESK, live: false },
  "APPROVED → UNPUBLISHED": { who: CHIEFS, live: true },
  "PUBLISHED → UNPUBLISHED": { who: CHIEFS },
  "UNPUBLISHED → PUBLISHED": { who: CHIEFS },
  "UNPUBLISHED → DRAFT": { who: DESK },
  "UNPUBLISHED → ARCHIVED": { who: DESK },
  "ARCHIVED → DRAFT": { who: DESK },
};

/** Whether the edge exists for an article in `from`, live or not, whoever asks. */
export function isOpenEdge(from: ArticleStatus, to: ArticleStatus, live: boolean): boolean {
  const edge = EXPECTED_EDGES[`${from} → ${to}`];
  return edge !== undefined && (edge.live === undefined || edge.live === live);
}

export function expectedAllowed(from: ArticleStatus, to: ArticleStatus, roles: readonly Role[], own: boolean, live = from === "PUBLISHED"): boolean {
  if (!isOpenEdge(from, to, live)) return false;
  const edge = EXPECTED_EDGES[`${from} → ${to}`];
  return roles.some((role) => edge.who.includes(role) || (role === "WRITER" && own && edge.who.includes("WRITER_OWN")));
}

/** States in which a story can be live: published, or a revision of a published story. */
export const LIVE_STATES: readonly ArticleStatus[] = ["DRAFT", "IN_REVIEW", "CHANGES_REQUESTED", "APPROVED", "PUBLISHED"];
/** States in which a story can be off the site: all but PUBLISHED, which always has its copy up. */
export const OFFLINE_STATES: readonly ArticleStatus[] = STATES.filter((state) => state !== "PUBLISHED");

export type TransitionCase = { role: Role; from: ArticleStatus; to: ArticleStatus; own: boolean; live: boolean; allowed: boolean };

/** Every (role, from, to, own article or someone else's, live or not where both can be). */
export const TRANSITION_CASES: readonly TransitionCase[] = ROLES.flatMap((role) =>
  [...OFFLINE_STATES.map((from) => ({ from, live: false })), ...LIVE_STATES.map((from) => ({ from, live: true }))].flatMap(({ from, live }) =>
    STATES.flatMap((to) =>
      [true, false].map((own) => ({ role, from, to, own, live, allowed: expectedAllowed(from, to, [role], own, live) })),
    ),
  ),
);
