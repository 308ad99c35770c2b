import { can, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DelegationDocumentKind, DelegationMemberRole, DelegationStatus, OutletKind, PersonalDataField } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import { foldDiacritics, searchKey } from "@/lib/text/slug";
import { isUuid } from "@/lib/text/uuid";
import { assertReviewsDelegations, getDelegationScopeOrThrow, type DelegationScope } from "./access";
import { maskPassportNumber, MASKED_DATE_OF_BIRTH } from "./masking";
import type { DelegationListFilters } from "./review-schemas";
import { DELEGATION_WORKFLOW } from "./workflow";

export const DELEGATIONS_PAGE_SIZE = 25;

export type DelegationListItem = {
  id: string;
  reference: string | null;
  outletName: string;
  outletCountry: string | null;
  status: DelegationStatus;
  memberCount: number;
  arrivalOn: CalendarDate | null;
  departureOn: CalendarDate | null;
  submittedAt: Date | null;
};
export type DelegationListPage = { items: DelegationListItem[]; nextCursor: string | null };

type Cursor = { submittedAt: Date; id: string };

function encodeCursor(row: Cursor): string {
  return Buffer.from(JSON.stringify([row.submittedAt.toISOString(), row.id])).toString("base64url");
}

/** An unreadable or forged cursor means "first page", never an error. */
function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const [at, id] = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as unknown[];
    const submittedAt = typeof at === "string" ? new Date(at) : null;
    if (!submittedAt || Number.isNaN(submittedAt.getTime()) || !isUuid(id)) return null;
    return { submittedAt, id };
  } catch {
    return null;
  }
}

/**
 * The letters Postgres must fold to match searchKey, as translate() pairs:
 * every Latin letter with diacritics (Vietnamese included) and its plain
 * letter. Outlet names carry no folded column, so the fold happens in SQL.
 */
const FOLDS = (() => {
  let from = "";
  let to = "";
  for (const [start, end] of [[0xc0, 0x24f], [0x1e00, 0x1eff]]) {
    for (let code = start; code <= end; code += 1) {
      const letter = String.fromCodePoint(code);
      const plain = foldDiacritics(letter);
      if (plain !== letter && plain.length === 1) {
        from += letter;
        to += plain;
      }
    }
  }
  return { from, to };
})();

/** Applications whose reference or outlet name contains the text, diacritics and case aside. */
async function idsMatching(text: string): Promise<string[]> {
  const pattern = `%${searchKey(text).replace(/[%_\\]/g, "")}%`;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM delegation
    WHERE status <> 'DRAFT'
      AND (lower(coalesce(reference, '')) LIKE ${pattern} OR lower(translate(outlet_name, ${FOLDS.from}, ${FOLDS.to})) LIKE ${pattern})`;
  return rows.map((row) => row.id);
}

/** Submission days are Vietnamese calendar days: the filter's bounds are midnight in Hà Nội. */
const vietnamMidnight = (day: CalendarDate) => new Date(`${day}T00:00:00+07:00`);
const nextDay = (day: CalendarDate) => new Date(vietnamMidnight(day).getTime() + 86_400_000);

/**
 * One page of submitted applications, latest submission first, in the order
 * of the (status, submitted_at, id) indexes. No member data but the count.
 */
export async function listDelegations({ actor, filters }: { actor: Actor; filters: DelegationListFilters }): Promise<DelegationListPage> {
  assertReviewsDelegations(actor);
  const cursor = decodeCursor(filters.cursor);
  const text = filters.q?.trim();
  const matching = text ? await idsMatching(text) : null;
  const where: Prisma.DelegationWhereInput = {
    status: filters.status ?? { not: "DRAFT" },
    submittedAt: { not: null, ...(filters.from ? { gte: vietnamMidnight(filters.from) } : {}), ...(filters.to ? { lt: nextDay(filters.to) } : {}) },
    ...(filters.country ? { outletCountry: filters.country } : {}),
    ...(matching ? { id: { in: matching } } : {}),
  };
  const after: Prisma.DelegationWhereInput | null = cursor && {
    OR: [{ submittedAt: { lt: cursor.submittedAt } }, { submittedAt: cursor.submittedAt, id: { lt: cursor.id } }],
  };
  const rows = await db.delegation.findMany({
    where: after ? { AND: [where, after] } : where,
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: DELEGATIONS_PAGE_SIZE + 1,
    select: {
      id: true,
      reference: true,
      outletName: true,
      outletCountry: true,
      status: true,
      arrivalOn: true,
      departureOn: true,
      submittedAt: true,
      _count: { select: { members: true } },
    },
  });
  const items = rows.slice(0, DELEGATIONS_PAGE_SIZE).map(({ _count, ...row }) => ({
    ...row,
    memberCount: _count.members,
    arrivalOn: row.arrivalOn ? calendarDateFromDb(row.arrivalOn) : null,
    departureOn: row.departureOn ? calendarDateFromDb(row.departureOn) : null,
  }));
  const last = items[items.length - 1];
  return { items, nextCursor: last?.submittedAt && rows.length > DELEGATIONS_PAGE_SIZE ? encodeCursor({ submittedAt: last.submittedAt, id: last.id }) : null };
}

/** A member as the review page shows them: protected values masked, never decrypted here. */
export type ReviewMember = {
  id: string;
  passportName: string;
  nationality: string;
  role: DelegationMemberRole;
  passportExpiresOn: CalendarDate | null;
  maskedPassportNumber: string | null;
  maskedDateOfBirth: string | null;
  contact: { id: string; latinName: string } | null;
};

export type DelegationReview = DelegationScope & {
  outletKind: OutletKind | null;
  outletCountry: string | null;
  outletWebsite: string | null;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  purpose: string;
  topics: string[];
  provinceCodes: string[];
  placesDetail: string;
  interviewRequests: string;
  equipment: string;
  submittedAt: Date | null;
  decidedAt: Date | null;
  members: ReviewMember[];
  documents: { id: string; kind: DelegationDocumentKind; fileName: string; mimeType: string; byteSize: number; memberName: string | null }[];
  history: { id: string; fromStatus: DelegationStatus; toStatus: DelegationStatus; note: string | null; actorName: string | null; createdAt: Date }[];
  accessLog: { id: string; actorName: string; memberName: string | null; field: PersonalDataField; createdAt: Date }[];
  /** The actor may reveal passport numbers and dates of birth, download scans and see the access log. */
  canSeePersonal: boolean;
  allowedTargets: DelegationStatus[];
  noteRequiredFor: DelegationStatus[];
};

export function allowedDelegationTargets(actor: Actor, status: DelegationStatus): DelegationStatus[] {
  return (Object.keys(DELEGATION_WORKFLOW.transitions[status]) as DelegationStatus[]).filter((to) => {
    const rule = DELEGATION_WORKFLOW.rule(status, to);
    return rule !== undefined && can(actor, rule.action);
  });
}

/** Everything the application page shows. 403 without "delegation.review"; drafts and unknown ids 404. */
export async function getDelegationReviewOrThrow({ actor, delegationId }: { actor: Actor; delegationId: string }): Promise<DelegationReview> {
  const scope = await getDelegationScopeOrThrow({ actor, delegationId });
  const canSeePersonal = can(actor, "delegation.personal");
  const accessLog = canSeePersonal
    ? db.personalDataAccess.findMany({
        where: { delegationId: scope.id },
        orderBy: { createdAt: "desc" },
        take: 200,
        select: { id: true, field: true, createdAt: true, actor: { select: { name: true } }, member: { select: { passportName: true } } },
      })
    : Promise.resolve([]);
  const row = await db.delegation.findUniqueOrThrow({
    where: { id: scope.id },
    select: {
      outletKind: true,
      outletCountry: true,
      outletWebsite: true,
      contactName: true,
      contactEmail: true,
      contactPhone: true,
      purpose: true,
      topics: true,
      provinceCodes: true,
      placesDetail: true,
      interviewRequests: true,
      equipment: true,
      submittedAt: true,
      decidedAt: true,
      members: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        // Only whether a sealed value exists: the ciphertext itself never leaves this function.
        select: { id: true, passportName: true, nationality: true, role: true, passportExpiresOn: true, passportNumberLast4: true, passportNumberEnc: true, dateOfBirthEnc: true, contact: { select: { id: true, latinName: true } } },
      },
      documents: { orderBy: { createdAt: "asc" }, select: { id: true, kind: true, fileName: true, mimeType: true, byteSize: true, member: { select: { passportName: true } } } },
      transitions: { orderBy: { createdAt: "asc" }, select: { id: true, fromStatus: true, toStatus: true, note: true, createdAt: true, actor: { select: { name: true } } } },
    },
  });
  const allowedTargets = allowedDelegationTargets(actor, scope.status);
  const { members, documents, transitions, ...facts } = row;
  return {
    ...scope,
    ...facts,
    members: members.map((member) => ({
      id: member.id,
      passportName: member.passportName,
      nationality: member.nationality,
      role: member.role,
      passportExpiresOn: member.passportExpiresOn ? calendarDateFromDb(member.passportExpiresOn) : null,
      maskedPassportNumber: member.passportNumberEnc ? maskPassportNumber(member.passportNumberLast4) : null,
      maskedDateOfBirth: member.dateOfBirthEnc ? MASKED_DATE_OF_BIRTH : null,
      contact: member.contact,
    })),
    documents: documents.map(({ member, ...document }) => ({ ...document, memberName: member?.passportName ?? null })),
    history: transitions.map(({ actor: by, ...step }) => ({ ...step, actorName: by?.name ?? null })),
    accessLog: (await accessLog).map((entry) => ({ id: entry.id, field: entry.field, createdAt: entry.createdAt, actorName: entry.actor.name, memberName: entry.member?.passportName ?? null })),
    canSeePersonal,
    allowedTargets,
    noteRequiredFor: allowedTargets.filter((to) => DELEGATION_WORKFLOW.rule(scope.status, to)?.requiresNote),
  };
}

