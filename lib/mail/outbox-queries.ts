import { can, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { forbidden } from "@/lib/errors";
import { isUuid } from "@/lib/text/uuid";

export const OUTBOX_PAGE_SIZE = 30;

export type OutboxEmail = {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  kind: string;
  state: "SENT" | "QUEUED" | "FAILED";
  createdAt: Date;
  delegation: { id: string; reference: string | null } | null;
};

/** Who may read what the system told people: the press office, and admins who look after delivery. */
export function canReadOutbox(actor: Actor | null | undefined): boolean {
  return can(actor, "delegation.review") || can(actor, "user.manage");
}

type Cursor = { createdAt: Date; id: string };

function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as unknown[];
    const createdAt = typeof at === "string" ? new Date(at) : null;
    if (!createdAt || Number.isNaN(createdAt.getTime()) || !isUuid(id)) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}

/** One page of sent and queued e-mail, newest first, along the created_at index. */
export async function listOutbox({ actor, cursor: rawCursor }: { actor: Actor; cursor?: string }): Promise<{ items: OutboxEmail[]; nextCursor: string | null }> {
  if (!canReadOutbox(actor)) throw forbidden();
  const cursor = decodeCursor(rawCursor);
  const rows = await db.outboundEmail.findMany({
    where: cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {},
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: OUTBOX_PAGE_SIZE + 1,
    select: { id: true, toAddress: true, subject: true, textBody: true, kind: true, sentAt: true, error: true, createdAt: true, delegation: { select: { id: true, reference: true } } },
  });
  const items = rows.slice(0, OUTBOX_PAGE_SIZE).map(({ sentAt, error, ...row }) => ({ ...row, state: error ? ("FAILED" as const) : sentAt ? ("SENT" as const) : ("QUEUED" as const) }));
  const last = items[items.length - 1];
  const nextCursor = last && rows.length > OUTBOX_PAGE_SIZE ? Buffer.from(JSON.stringify([last.createdAt.toISOString(), last.id])).toString("base64url") : null;
  return { items, nextCursor };
}
