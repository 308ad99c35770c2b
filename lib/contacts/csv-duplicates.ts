/**
 * The rule of findLikelyDuplicates (duplicates.ts) for a whole file at once:
 * the same folded name (Latin or native script) at the same outlet and
 * mission, or the same email. One question per row would be 20,000 queries;
 * this pages through only the live contacts that share an organisation or an
 * email with the file, and keeps only the keys the file asks about.
 */
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { searchKey } from "@/lib/text/slug";
import type { CreateContactInput } from "./schemas";

type Person = Pick<CreateContactInput, "latinName" | "nativeName" | "outletId" | "missionId" | "email">;
export type DuplicateKeys = { email: string | null; names: string[] };

const organisation = (person: Pick<Person, "outletId" | "missionId">) => `${person.outletId ?? "-"}|${person.missionId ?? "-"}`;

export function duplicateKeys(person: Person): DuplicateKeys {
  const names = [person.latinName, person.nativeName].map(searchKey).filter(Boolean);
  return { email: person.email, names: [...new Set(names)].map((name) => `${organisation(person)}|${name}`) };
}

/** The Latin name of the first live contact each key of the file already belongs to. */
export type KnownPeople = { byEmail: Map<string, string>; byName: Map<string, string> };

const PAGE = 5000;

export async function directoryDuplicates(people: Person[]): Promise<KnownPeople> {
  const known: KnownPeople = { byEmail: new Map(), byName: new Map() };
  if (!people.length) return known;
  const wantedEmails = new Set(people.flatMap((person) => (person.email ? [person.email] : [])));
  const wantedNames = new Set(people.flatMap((person) => duplicateKeys(person).names));
  const pairs = new Map(people.map((person) => [organisation(person), { outletId: person.outletId, missionId: person.missionId }]));
  const where: Prisma.PressContactWhereInput = {
    mergedIntoId: null,
    OR: [...(wantedEmails.size ? [{ email: { in: [...wantedEmails] } }] : []), ...pairs.values()],
  };
  let after: string | undefined;
  for (;;) {
    const rows = await db.pressContact.findMany({
      where: after ? { AND: [where, { id: { gt: after } }] } : where,
      orderBy: { id: "asc" },
      take: PAGE,
      select: { id: true, latinName: true, nativeName: true, outletId: true, missionId: true, email: true },
    });
    for (const row of rows) {
      if (row.email && wantedEmails.has(row.email) && !known.byEmail.has(row.email)) known.byEmail.set(row.email, row.latinName);
      for (const key of duplicateKeys(row).names) if (wantedNames.has(key) && !known.byName.has(key)) known.byName.set(key, row.latinName);
    }
    if (rows.length < PAGE) return known;
    after = rows[rows.length - 1].id;
  }
}
