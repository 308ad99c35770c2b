import { assertCan, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchKey } from "@/lib/text/slug";
import type { CreateContactInput } from "./schemas";

export type LikelyDuplicate = { id: string; latinName: string; nativeName: string; outletName: string | null };

/**
 * Live contacts that are probably the same person: the same name once folded
 * (Latin or native script) at the same outlet and mission, or the same email.
 */
export async function findLikelyDuplicates(
  input: Pick<CreateContactInput, "latinName" | "nativeName" | "outletId" | "missionId" | "email">,
  excludeId?: string,
): Promise<LikelyDuplicate[]> {
  const names = [input.latinName, input.nativeName].map(searchKey).filter(Boolean);
  const sameOrganisation: Prisma.PressContactWhereInput[] = names.map((name) => ({
    outletId: input.outletId,
    missionId: input.missionId,
    searchText: { contains: name.replace(/[%_\\]/g, "") },
  }));
  const rows = await db.pressContact.findMany({
    where: {
      mergedIntoId: null,
      ...(excludeId ? { id: { not: excludeId } } : {}),
      OR: [...sameOrganisation, ...(input.email ? [{ email: input.email }] : [])],
    },
    orderBy: [{ latinName: "asc" }, { id: "asc" }],
    take: 50,
    select: { id: true, latinName: true, nativeName: true, email: true, outlet: { select: { name: true } } },
  });
  // The index narrowed by substring; a duplicate is an exact folded name (or the email).
  return rows
    .filter(
      (row) =>
        (input.email !== null && row.email === input.email) ||
        names.some((name) => name === searchKey(row.latinName) || (row.nativeName !== "" && name === searchKey(row.nativeName))),
    )
    .slice(0, 10)
    .map((row) => ({ id: row.id, latinName: row.latinName, nativeName: row.nativeName, outletName: row.outlet?.name ?? null }));
}

/**
 * The likely duplicates of a live contact, for the merge on its page. Matching
 * on email says something about the email, so only those who keep the
 * directory and read personal data may ask.
 */
export async function listLikelyDuplicatesOf({ actor, contactId }: { actor: Actor; contactId: string }): Promise<LikelyDuplicate[]> {
  assertCan(actor, "contact.manage");
  assertCan(actor, "contact.personal");
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(contactId)) throw notFound();
  const contact = await db.pressContact.findFirst({
    where: { id: contactId, mergedIntoId: null },
    select: { latinName: true, nativeName: true, outletId: true, missionId: true, email: true },
  });
  if (!contact) throw notFound();
  return findLikelyDuplicates(contact, contactId);
}
