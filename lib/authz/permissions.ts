import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Every permission the newsroom knows. `.own` grants it on resources the actor
 * created; `.any` on every resource. Later domains add theirs here.
 */
export const PERMISSIONS = [
  "article.read",
  "article.create",
  "article.edit.own",
  "article.edit.any",
  "article.submit.own",
  "article.submit.any",
  "article.review",
  "article.publish",
  "article.archive.own",
  "article.archive.any",
  "article.restore",
  "user.manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** The table people review: who may do what. */
export const ROLE_PERMISSIONS = {
  WRITER: ["article.read", "article.create", "article.edit.own", "article.submit.own", "article.archive.own"],
  EDITOR: [
    "article.read",
    "article.create",
    "article.edit.any",
    "article.submit.any",
    "article.review",
    "article.archive.any",
    "article.restore",
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
  ],
  PRESS_OFFICER: [],
  ADMIN: PERMISSIONS,
} as const satisfies Record<Role, readonly Permission[]>;

/** An action is a permission without its scope: "article.edit" covers .own and .any. */
export type Action = Permission extends infer P ? (P extends `${infer A}.own` | `${infer A}.any` ? A : P) : never;
