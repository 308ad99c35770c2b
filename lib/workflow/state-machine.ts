import type { Action } from "@/lib/authz/permissions";
import { can, type Actor, type OwnedResource } from "@/lib/authz/policy";

/** One edge of a workflow: the action that allows it and whether a note must explain it. */
export type TransitionRule = { action: Action; requiresNote?: boolean };

export type Transitions<S extends string> = { readonly [From in S]: { readonly [To in S]?: TransitionRule } };

/** The shape every workflow (articles, trips, delegations) is declared in. */
export function defineWorkflow<S extends string>(transitions: Transitions<S>) {
  return {
    transitions,
    rule(from: S, to: S): TransitionRule | undefined {
      return transitions[from][to];
    },
    /** The target states `actor` may move `resource` to from its current state. */
    allowedTargets(actor: Actor | null | undefined, resource: OwnedResource & { status: S }): S[] {
      const edges = transitions[resource.status] as Partial<Record<S, TransitionRule>>;
      return (Object.keys(edges) as S[]).filter((to) => can(actor, edges[to]!.action, resource));
    },
  };
}
