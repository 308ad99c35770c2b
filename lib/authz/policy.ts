import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";
import { forbidden } from "@/lib/errors";
import { ROLE_PERMISSIONS, type Action, type Permission } from "./permissions";

export type Actor = { id: string; roles: readonly Role[] };

/**
 * What the policy needs to know of a resource to decide ownership rules. A
 * writer assigned to a story works on it as its creator would, whoever
 * started it; reassigning it to someone else takes that away again.
 */
export type OwnedResource = { createdById: string; assignedWriterId?: string | null; status?: ArticleStatus };

/** States in which an author may still change or withdraw their own article: before the desk has it. */
const OWNER_EDITABLE_STATES: readonly ArticleStatus[] = ["DRAFT", "CHANGES_REQUESTED"];

export function permissionsOf(actor: Actor | null | undefined): ReadonlySet<Permission> {
  const granted = new Set<Permission>();
  for (const role of actor?.roles ?? []) for (const permission of ROLE_PERMISSIONS[role]) granted.add(permission);
  return granted;
}

function ownRuleAllows(action: Action, actor: Actor, resource: OwnedResource): boolean {
  if (resource.createdById !== actor.id && resource.assignedWriterId !== actor.id) return false;
  if (action === "article.edit" || action === "article.archive") {
    return resource.status !== undefined && OWNER_EDITABLE_STATES.includes(resource.status);
  }
  return true;
}

/**
 * The one place that decides who may do what. Without a resource, a scoped
 * action answers whether the actor may do it to at least some resource.
 */
export function can(actor: Actor | null | undefined, action: Action, resource?: OwnedResource): boolean {
  if (!actor) return false;
  const granted = permissionsOf(actor);
  if (granted.has(action as Permission) || granted.has(`${action}.any` as Permission)) return true;
  if (!granted.has(`${action}.own` as Permission)) return false;
  return resource ? ownRuleAllows(action, actor, resource) : true;
}

export function assertCan(actor: Actor | null | undefined, action: Action, resource?: OwnedResource): asserts actor is Actor {
  if (!can(actor, action, resource)) throw forbidden();
}
