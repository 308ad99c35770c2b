import type { Role } from "@/lib/generated/prisma/enums";

/**
 * Every permission the newsroom knows. `.own` grants it on resources the actor
 * created (or, for an article, is assigned to write); `.any` on every
 * resource. Later domains add theirs here.
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
  "article.assign",
  "article.comment",
  "media.read",
  "media.upload",
  "media.edit.own",
  "media.edit.any",
  "media.delete.own",
  "media.delete.any",
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
] as const;

export type Permission = (typeof PERMISSIONS)[number];

/** The table people review: who may do what. */
export const ROLE_PERMISSIONS = {
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
  // Press officers bring photos from trips and delegations into the library, and
  // keep the press-contacts directory: only they (and admins) see contact details
  // and dietary/accessibility needs ("contact.personal"). They plan and run field
  // trips ("trip.manage"); a chief editor or an admin approves them ("trip.approve").
  // Incoming delegations are theirs alone: applications, decisions and the
  // protected passport data ("delegation.personal"); chief editors see the statistics.
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
  ADMIN: PERMISSIONS,
} as const satisfies Record<Role, readonly Permission[]>;

/** An action is a permission without its scope: "article.edit" covers .own and .any. */
export type Action = Permission extends infer P ? (P extends `${infer A}.own` | `${infer A}.any` ? A : P) : never;
