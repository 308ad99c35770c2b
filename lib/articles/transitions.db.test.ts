/**
 * The whole role × transition matrix against the database: every (role, from,
 * to, own article or someone else's) is attempted as a forged call straight at
 * the domain function. Allowed moves change the state, bump the version and
 * record who/from/to/note; refused ones change nothing at all.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { articles, users, type TestUser } from "@/lib/test/factories";
import { isOpenEdge, LIVE_STATES, OFFLINE_STATES, ROLES, STATES, TRANSITION_CASES, type TransitionCase } from "@/lib/test/expected-workflow";
import { transitionArticle } from "./mutations";

const NOTE = "Kiểm tra lại số liệu: 13 chuyến đi thực tế trong hai năm.";

let actors: Record<Role, TestUser>;
let otherAuthor: TestUser;

beforeAll(async () => {
  const created = await Promise.all(ROLES.map(async (role) => [role, await users.create({ roles: [role] })] as const));
  actors = Object.fromEntries(created) as Record<Role, TestUser>;
  otherAuthor = await users.create({ roles: ["WRITER"] });
});

/** Everything a transition may touch, to compare before and after. */
async function stateOf(articleId: string) {
  const { transitions, published, ...article } = await db.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      status: true,
      version: true,
      updatedAt: true,
      publishedAt: true,
      transitions: { orderBy: { createdAt: "asc" } },
      published: true,
    },
  });
  return { article, transitions, published };
}

function expectedRefusal({ role, from, to, live }: TransitionCase): AppError["code"] {
  // A press officer has no access to the newsroom's articles at all.
  if (role === "PRESS_OFFICER") return "FORBIDDEN";
  return isOpenEdge(from, to, live) ? "FORBIDDEN" : "INVALID_TRANSITION";
}

const describeCase = (c: TransitionCase) =>
  `${c.role} ${c.from}${c.live && c.from !== "PUBLISHED" ? " (revision of a live story)" : ""} → ${c.to} on ${c.own ? "own" : "someone else's"} article`;

describe.each(ROLES)("%s", (role) => {
  const cases = TRANSITION_CASES.filter((c) => c.role === role);

  test.each(cases.filter((c) => c.allowed).map((c) => ({ ...c, name: describeCase(c) })))("$name: allowed", async ({ from, to, own, live }) => {
    const actor = actors[role];
    const article = await articles.insert({ author: own ? actor : otherAuthor, status: from, live });
    const before = await stateOf(article.id);

    const change = await transitionArticle({ actor, input: { articleId: article.id, to, version: article.version, note: NOTE } });

    const after = await stateOf(article.id);
    expect(change).toMatchObject({ id: article.id, status: to, version: before.article.version + 1 });
    expect(after.article.status).toBe(to);
    expect(after.article.version).toBe(before.article.version + 1);
    expect(after.transitions).toHaveLength(before.transitions.length + 1);
    expect(after.transitions.at(-1)).toMatchObject({ actorId: actor.id, fromStatus: from, toStatus: to, note: NOTE });
    if (to === "PUBLISHED") {
      expect(after.published).toMatchObject({ articleId: article.id, slug: article.slug });
      expect(after.article.publishedAt).toEqual(after.published?.publishedAt);
    } else if (to === "UNPUBLISHED") {
      expect(after.published).toBeNull();
    } else {
      expect(after.published).toEqual(before.published);
    }
  });

  test.each(cases.filter((c) => !c.allowed).map((c) => ({ ...c, name: describeCase(c) })))("$name: refused, nothing changes", async (c) => {
    const actor = actors[role];
    const article = await articles.insert({ author: c.own ? actor : otherAuthor, status: c.from, live: c.live });
    const before = await stateOf(article.id);

    const attempt = transitionArticle({ actor, input: { articleId: article.id, to: c.to, version: article.version, note: NOTE } });

    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({ code: expectedRefusal(c) });
    expect(await stateOf(article.id)).toEqual(before);
  });
});

test("the matrix covers every role, both ownerships, all 49 state pairs, and live revisions", () => {
  expect(TRANSITION_CASES).toHaveLength(ROLES.length * 2 * STATES.length * (OFFLINE_STATES.length + LIVE_STATES.length));
  expect(TRANSITION_CASES.filter((c) => c.allowed).length).toBeGreaterThan(0);
});
