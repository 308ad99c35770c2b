import { NODE_ATTRS_SCHEMAS, RICH_TEXT_NODES, type NodeAttrs } from "@/lib/articles/rich-text";

/** A node as found in the JSON, before anything about it is trusted. */
export type RawNode = { type: string; attrs: Record<string, unknown>; content: unknown[]; marks: unknown[]; text: unknown };

const ALLOWED_NODES: ReadonlySet<string> = new Set(RICH_TEXT_NODES);

// Deeper documents are refused at write time (12); this only stops a hostile one from exhausting the stack.
export const MAX_RENDER_DEPTH = 32;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function readNode(value: unknown): RawNode | null {
  if (!isRecord(value) || typeof value.type !== "string") return null;
  return {
    type: value.type,
    attrs: isRecord(value.attrs) ? value.attrs : {},
    content: Array.isArray(value.content) ? value.content : [],
    marks: Array.isArray(value.marks) ? value.marks : [],
    text: value.text,
  };
}

type SchemaNode = keyof typeof NODE_ATTRS_SCHEMAS;

/** The node's attributes through the same schema the server applies on save, or null when they fail it. */
export function nodeAttrs<T extends SchemaNode>(node: RawNode, type: T): NodeAttrs<T> | null {
  const parsed = NODE_ATTRS_SCHEMAS[type].safeParse(node.attrs);
  return parsed.success ? (parsed.data as NodeAttrs<T>) : null;
}

/**
 * Whether the renderer shows this node at all: its type is on the allow-list
 * and, for nodes with a schema, its attributes pass it. The footnote count
 * walks the tree with this same test so numbers match what is shown.
 */
export function isRenderable(node: RawNode | null, depth: number): node is RawNode {
  if (!node || !ALLOWED_NODES.has(node.type) || depth > MAX_RENDER_DEPTH) return false;
  return !(node.type in NODE_ATTRS_SCHEMAS) || NODE_ATTRS_SCHEMAS[node.type as SchemaNode].safeParse(node.attrs).success;
}
