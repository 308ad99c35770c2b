import { assertCan, type Actor } from "@/lib/authz/policy";
import { contactSearchText } from "@/lib/contacts/mutations";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { DelegationMemberRole, PressContactRole } from "@/lib/generated/prisma/enums";
import { searchKey } from "@/lib/text/slug";
import { getDelegationScopeOrThrow } from "./access";
import type { CreateContactFromMemberInput, LinkMemberInput } from "./review-schemas";

/** Why a directory person is offered as this member: the strongest reason first. */
export type MatchReason = "PASSPORT" | "IDENTITY" | "NAME";
export type MemberMatch = { contactId: string; latinName: string; nationality: string; reasons: MatchReason[] };

const REASON_ORDER: readonly MatchReason[] = ["PASSPORT", "IDENTITY", "NAME"];

/** The directory has no producers or technicians: they are filed under the nearest role. */
const DIRECTORY_ROLE: Record<DelegationMemberRole, PressContactRole> = {
  REPORTER: "REPORTER",
  CAMERA: "CAMERA",
  PRODUCER: "REPORTER",
  PHOTOGRAPHER: "PHOTOGRAPHER",
  TECHNICIAN: "CAMERA",
  FIXER: "FIXER",
  OTHER: "REPORTER",
};

/** Word order aside, "NGUYỄN Văn An" and "nguyen van an" are the same name. */
const nameKey = (name: string) => searchKey(name).split(" ").sort().join(" ");

/**
 * Likely directory records for each member not yet linked: people other
 * applications' members were linked to with the same passport number or the
 * same name + date of birth + nationality (compared as keyed hashes, nothing
 * decrypted), and live directory records with the same folded name and
 * nationality.
 */
export async function memberMatches({ actor, delegationId }: { actor: Actor; delegationId: string }): Promise<Record<string, MemberMatch[]>> {
  const delegation = await getDelegationScopeOrThrow({ actor, delegationId });
  const members = await db.delegationMember.findMany({
    where: { delegationId: delegation.id, contactId: null },
    select: { id: true, passportName: true, nationality: true, passportNumberHash: true, identityHash: true },
  });
  if (members.length === 0) return {};
  const passportHashes = members.flatMap((member) => (member.passportNumberHash ? [member.passportNumberHash] : []));
  const identityHashes = members.flatMap((member) => (member.identityHash ? [member.identityHash] : []));
  const contactSelect = { id: true, latinName: true, nativeName: true, nationality: true, mergedIntoId: true } as const;
  const [linked, sameNationality] = await Promise.all([
    db.delegationMember.findMany({
      where: {
        delegationId: { not: delegation.id },
        contactId: { not: null },
        OR: [{ passportNumberHash: { in: passportHashes } }, { identityHash: { in: identityHashes } }],
      },
      select: { passportNumberHash: true, identityHash: true, contact: { select: contactSelect } },
      take: 500,
    }),
    db.pressContact.findMany({
      where: { mergedIntoId: null, nationality: { in: [...new Set(members.map((member) => member.nationality))] } },
      select: contactSelect,
      take: 5000,
    }),
  ]);
  const byName = new Map<string, typeof sameNationality>();
  for (const contact of sameNationality) {
    const key = `${contact.nationality}|${nameKey(contact.latinName)}`;
    byName.set(key, [...(byName.get(key) ?? []), contact]);
  }
  const result: Record<string, MemberMatch[]> = {};
  for (const member of members) {
    const found = new Map<string, MemberMatch>();
    const add = (contact: { id: string; latinName: string; nationality: string; mergedIntoId: string | null } | null, reason: MatchReason) => {
      if (!contact || contact.mergedIntoId) return;
      const match = found.get(contact.id) ?? { contactId: contact.id, latinName: contact.latinName, nationality: contact.nationality, reasons: [] };
      if (!match.reasons.includes(reason)) match.reasons.push(reason);
      found.set(contact.id, match);
    };
    for (const other of linked) {
      if (member.passportNumberHash && other.passportNumberHash === member.passportNumberHash) add(other.contact, "PASSPORT");
      if (member.identityHash && other.identityHash === member.identityHash) add(other.contact, "IDENTITY");
    }
    for (const contact of byName.get(`${member.nationality}|${nameKey(member.passportName)}`) ?? []) add(contact, "NAME");
    const rank = (match: MemberMatch) => Math.min(...match.reasons.map((reason) => REASON_ORDER.indexOf(reason)));
    result[member.id] = [...found.values()].sort((a, b) => rank(a) - rank(b)).map((match) => ({ ...match, reasons: [...match.reasons].sort((a, b) => REASON_ORDER.indexOf(a) - REASON_ORDER.indexOf(b)) }));
  }
  return result;
}

async function memberOfDelegation(actor: Actor, delegationId: string, memberId: string) {
  const delegation = await getDelegationScopeOrThrow({ actor, delegationId });
  assertCan(actor, "contact.manage");
  const member = await db.delegationMember.findFirst({
    where: { id: memberId, delegationId: delegation.id },
    select: { id: true, passportName: true, nationality: true, role: true, contactId: true },
  });
  if (!member) throw notFound();
  if (member.contactId) throw new AppError("CONFLICT", "delegationReview.matching.alreadyLinked");
  return member;
}

const alreadyLinked = () => new AppError("CONFLICT", "delegationReview.matching.alreadyLinked");

/** The member is this directory person; set once (a member already linked answers CONFLICT). */
export async function linkMemberToContact({ actor, input }: { actor: Actor; input: LinkMemberInput }): Promise<{ memberId: string; contactId: string }> {
  const member = await memberOfDelegation(actor, input.delegationId, input.memberId);
  const contact = await db.pressContact.findUnique({ where: { id: input.contactId }, select: { id: true, mergedIntoId: true } });
  if (!contact) throw notFound();
  if (contact.mergedIntoId) throw new AppError("CONFLICT", "delegationReview.matching.mergedContact");
  const { count } = await db.delegationMember.updateMany({ where: { id: member.id, contactId: null }, data: { contactId: contact.id } });
  if (count === 0) throw alreadyLinked();
  return { memberId: member.id, contactId: contact.id };
}

/**
 * A new directory person from a member: name, nationality and role only. The
 * passport number and date of birth stay in the application, where they are
 * encrypted and purged in time; the directory keeps people for years.
 */
export async function createContactFromMember({ actor, input }: { actor: Actor; input: CreateContactFromMemberInput }): Promise<{ memberId: string; contactId: string }> {
  const member = await memberOfDelegation(actor, input.delegationId, input.memberId);
  return db.$transaction(async (tx) => {
    const contact = await tx.pressContact.create({
      data: {
        latinName: member.passportName,
        nationality: member.nationality,
        role: DIRECTORY_ROLE[member.role],
        createdById: actor.id,
        searchText: contactSearchText({ latinName: member.passportName, nativeName: "" }),
      },
      select: { id: true },
    });
    const { count } = await tx.delegationMember.updateMany({ where: { id: member.id, contactId: null }, data: { contactId: contact.id } });
    if (count === 0) throw alreadyLinked();
    return { memberId: member.id, contactId: contact.id };
  });
}
