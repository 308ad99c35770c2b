import type { Action } from "@/lib/authz/permissions";
import { can, type Actor, type OwnedResource } from "@/lib/authz/policy";

/**
 * One edge of a workflow: the action that allows it, whether a note must
 * explain it, and a condition of the aggregate (beyond its status) under which
 * the edge exists at all, e.g. articles' "live": readers can see a published copy.
 */
export type TransitionRule<Condition extends string = never> = {
  action: Action;
  requiresNote?: boolean;
  /** The edge exists only while the condition holds. */
  when?: Condition;
  /** The edge exists only while the condition does not hold. */
  unless?: Condition;
};

export type Transitions<S extends string, Condition extends string = never> = {
  readonly [From in S]: { readonly [To in S]?: TransitionRule<Condition> };
};

/** The shape every workflow (articles, trips, delegations) is declared in. */
export function defineWorkflow<S extends string, Condition extends string = never>(transitions: Transitions<S, Condition>) {
  /** The edge from → to as things stand: undefined when there is none or its condition is not met. */
  function rule(from: S, to: S, conditions: ReadonlySet<Condition> = new Set()): TransitionRule<Condition> | undefined {
    const edge = transitions[from][to];
    if (!edge) return undefined;
    if (edge.when !== undefined && !conditions.has(edge.when)) return undefined;
    if (edge.unless !== undefined && conditions.has(edge.unless)) return undefined;
    return edge;
  }

  return {
    transitions,
    rule,
    /** The target states `actor` may move `resource` to from its current state. */
    allowedTargets(actor: Actor | null | undefined, resource: Omit<OwnedResource, "status"> & { status: S }, conditions: ReadonlySet<Condition> = new Set()): S[] {
      // Ownership rules look at the status only for articles' own edits; another workflow's status passes through unread.
      const owned = resource as OwnedResource;
      return (Object.keys(transitions[resource.status]) as S[]).filter((to) => {
        const edge = rule(resource.status, to, conditions);
        return edge !== undefined && can(actor, edge.action, owned);
      });
    },
  };
}
