/**
 * Demo journalist delegations: a dozen applications from outlets of several
 * countries, one in every state of the review, with their history, members
 * whose passport numbers and birth dates are encrypted as the application
 * form stores them, and dates relative to today so the statistics' "last two
 * years" holds them (one completed 27 months ago is due for the purge).
 * Inserted directly: the public form and the review are driven by their own
 * tests and by the end-to-end journey.
 */
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Actor } from "@/lib/authz/policy";
import { encryptText } from "@/lib/crypto/field-encryption";
import { memberIdentityHash, passportNumberHash } from "@/lib/delegations/member-hashes";
import { db } from "@/lib/db";
import type { DelegationMemberRole, DelegationStatus, OutletKind } from "@/lib/generated/prisma/enums";
import { newLetterCode } from "@/lib/delegations/letter-verification";

type SeedMember = { name: string; nationality: string; role: DelegationMemberRole; bornOn: string; passport: string };
export type SeedDelegation = {
  outletName: string;
  outletKind: OutletKind;
  outletCountry: string;
  locale: "vi" | "en";
  contact: { name: string; email: string; phone: string };
  status: DelegationStatus;
  /** Days before today the application was submitted, and how many days the decision took. */
  submittedDaysAgo: number;
  decisionDays: number;
  purpose: string;
  topics: string[];
  provinceCodes: string[];
  members: SeedMember[];
  /** Why a press officer asked for more, refused or cancelled; told to the applicant. */
  note?: string;
};

export const SEED_DELEGATIONS: SeedDelegation[] = [
  { outletName: "NHK World-Japan", outletKind: "TV", outletCountry: "JP", locale: "en", contact: { name: "Tanaka Yuki", email: "yuki.tanaka@nhk.example", phone: "+81 3 3465 1111" }, status: "COMPLETED", submittedDaysAgo: 420, decisionDays: 9, purpose: "Documentary on the restoration of the Huế imperial citadel.", topics: ["Di sản", "Du lịch"], provinceCodes: ["46"], members: [{ name: "TANAKA YUKI", nationality: "JP", role: "REPORTER", bornOn: "1984-03-02", passport: "TR1234567" }, { name: "SUZUKI KENJI", nationality: "JP", role: "CAMERA", bornOn: "1979-11-20", passport: "TS7654321" }, { name: "ITO SAKURA", nationality: "JP", role: "PRODUCER", bornOn: "1990-06-14", passport: "TK2468013" }] },
  { outletName: "KBS", outletKind: "TV", outletCountry: "KR", locale: "en", contact: { name: "Kim Min-jun", email: "minjun.kim@kbs.example", phone: "+82 2 781 1000" }, status: "APPROVED", submittedDaysAgo: 21, decisionDays: 12, purpose: "Report on Korean investment in the northern industrial parks.", topics: ["Đầu tư nước ngoài", "Kinh tế"], provinceCodes: ["24", "22"], members: [{ name: "KIM MIN JUN", nationality: "KR", role: "REPORTER", bornOn: "1987-01-09", passport: "M12345678" }, { name: "PARK JI HO", nationality: "KR", role: "CAMERA", bornOn: "1992-08-30", passport: "M87654321" }] },
  { outletName: "Le Monde", outletKind: "NEWSPAPER", outletCountry: "FR", locale: "en", contact: { name: "Claire Dubois", email: "claire.dubois@lemonde.example", phone: "+33 1 57 28 20 00" }, status: "UNDER_REVIEW", submittedDaysAgo: 6, decisionDays: 0, purpose: "Series on the Mekong Delta and climate change.", topics: ["Biến đổi khí hậu", "Nông nghiệp"], provinceCodes: ["92", "86"], members: [{ name: "DUBOIS CLAIRE", nationality: "FR", role: "REPORTER", bornOn: "1981-05-17", passport: "19AB12345" }, { name: "LEFÈVRE THÉO", nationality: "FR", role: "PHOTOGRAPHER", bornOn: "1994-12-03", passport: "20CD67890" }] },
  { outletName: "Deutsche Welle", outletKind: "TV", outletCountry: "DE", locale: "en", contact: { name: "Jürgen Müller", email: "juergen.mueller@dw.example", phone: "+49 228 429 0" }, status: "INFO_REQUESTED", submittedDaysAgo: 12, decisionDays: 0, note: "Please attach the letter of assignment signed by the editor-in-chief.", purpose: "Renewable energy: wind farms off the south-central coast.", topics: ["Năng lượng tái tạo"], provinceCodes: ["56"], members: [{ name: "MÜLLER JÜRGEN", nationality: "DE", role: "REPORTER", bornOn: "1976-02-28", passport: "C01X00T47" }, { name: "WEBER ANNA", nationality: "DE", role: "TECHNICIAN", bornOn: "1989-09-09", passport: "C02Y11U58" }] },
  { outletName: "Xinhua News Agency", outletKind: "NEWS_AGENCY", outletCountry: "CN", locale: "en", contact: { name: "Wang Fang", email: "wang.fang@xinhua.example", phone: "+86 10 6307 1114" }, status: "SUBMITTED", submittedDaysAgo: 2, decisionDays: 0, purpose: "Coverage of the border trade fair in Lào Cai.", topics: ["Kinh tế"], provinceCodes: ["15"], members: [{ name: "WANG FANG", nationality: "CN", role: "REPORTER", bornOn: "1985-07-21", passport: "E12345678" }] },
  { outletName: "The Daily Chronicle", outletKind: "NEWSPAPER", outletCountry: "GB", locale: "en", contact: { name: "Oliver Smith", email: "oliver.smith@chronicle.example", phone: "+44 20 7946 0000" }, status: "REJECTED", submittedDaysAgo: 95, decisionDays: 15, note: "The requested dates fall within the closed period of the national event; please apply again for another time.", purpose: "Feature on street food in Hà Nội.", topics: ["Văn hóa", "Du lịch"], provinceCodes: ["01"], members: [{ name: "SMITH OLIVER", nationality: "GB", role: "REPORTER", bornOn: "1991-04-04", passport: "533123456" }] },
  { outletName: "The Straits Times", outletKind: "NEWSPAPER", outletCountry: "SG", locale: "en", contact: { name: "Tan Wei Ling", email: "weiling.tan@straits.example", phone: "+65 6319 5397" }, status: "WITHDRAWN", submittedDaysAgo: 150, decisionDays: 0, purpose: "Digital transformation of public services.", topics: ["Chuyển đổi số"], provinceCodes: ["79"], members: [{ name: "TAN WEI LING", nationality: "SG", role: "REPORTER", bornOn: "1988-10-10", passport: "K1234567A" }, { name: "LIM JUN HAO", nationality: "SG", role: "PHOTOGRAPHER", bornOn: "1993-03-15", passport: "K7654321B" }] },
  { outletName: "ABC Australia", outletKind: "TV", outletCountry: "AU", locale: "en", contact: { name: "Sarah Wilson", email: "sarah.wilson@abc.example", phone: "+61 2 8333 1500" }, status: "CANCELLED", submittedDaysAgo: 240, decisionDays: 10, note: "Cancelled at the outlet's request: the crew was reassigned.", purpose: "Education: vocational schools in the Central Highlands.", topics: ["Giáo dục"], provinceCodes: ["66"], members: [{ name: "WILSON SARAH", nationality: "AU", role: "REPORTER", bornOn: "1983-12-12", passport: "PA1234567" }, { name: "BROWN HARRY", nationality: "AU", role: "CAMERA", bornOn: "1986-06-06", passport: "PA7654321" }, { name: "NGUYEN LINH", nationality: "AU", role: "FIXER", bornOn: "1990-01-30", passport: "PA2468135" }] },
  { outletName: "Kyodo News", outletKind: "NEWS_AGENCY", outletCountry: "JP", locale: "en", contact: { name: "Watanabe Ren", email: "ren.watanabe@kyodo.example", phone: "+81 3 6252 8000" }, status: "IN_PROGRESS", submittedDaysAgo: 30, decisionDays: 8, purpose: "Coffee harvest and exports in Đắk Lắk.", topics: ["Nông nghiệp", "Kinh tế"], provinceCodes: ["66"], members: [{ name: "WATANABE REN", nationality: "JP", role: "REPORTER", bornOn: "1982-09-19", passport: "TZ1357924" }, { name: "YAMAMOTO AOI", nationality: "JP", role: "PHOTOGRAPHER", bornOn: "1995-02-11", passport: "TZ9753186" }] },
  { outletName: "Prensa Latina", outletKind: "NEWS_AGENCY", outletCountry: "CU", locale: "en", contact: { name: "José García", email: "jose.garcia@prensa.example", phone: "+53 7 838 3496" }, status: "ARRIVED", submittedDaysAgo: 26, decisionDays: 7, purpose: "Health cooperation: a hospital in Cần Thơ.", topics: ["Y tế"], provinceCodes: ["92"], members: [{ name: "GARCIA JOSE", nationality: "CU", role: "REPORTER", bornOn: "1978-08-08", passport: "I123456" }] },
  { outletName: "Vientiane Times", outletKind: "NEWSPAPER", outletCountry: "LA", locale: "en", contact: { name: "Somchai Boonmee", email: "somchai@vientianetimes.example", phone: "+856 21 216 364" }, status: "COMPLETED", submittedDaysAgo: 820, decisionDays: 6, purpose: "Friendship year: schools built together in Quảng Trị.", topics: ["Giáo dục", "Văn hóa"], provinceCodes: ["44"], members: [{ name: "BOONMEE SOMCHAI", nationality: "LA", role: "REPORTER", bornOn: "1980-04-01", passport: "P0123456" }, { name: "SRISUK NATTAYA", nationality: "LA", role: "PHOTOGRAPHER", bornOn: "1991-07-07", passport: "P0654321" }] },
  { outletName: "Radio France Internationale", outletKind: "RADIO", outletCountry: "FR", locale: "vi", contact: { name: "Hélène Faure", email: "helene.faure@rfi.example", phone: "+33 1 84 22 84 84" }, status: "COMPLETED", submittedDaysAgo: 240, decisionDays: 11, purpose: "Chương trình phát thanh về nghệ thuật cồng chiêng Tây Nguyên.", topics: ["Văn hóa", "Di sản"], provinceCodes: ["66", "68"], members: [{ name: "FAURE HÉLÈNE", nationality: "FR", role: "REPORTER", bornOn: "1986-11-11", passport: "18EF24680" }, { name: "GIRARD ANTOINE", nationality: "FR", role: "TECHNICIAN", bornOn: "1984-05-05", passport: "17GH13579" }] },
  { outletName: "The Hindu", outletKind: "NEWSPAPER", outletCountry: "IN", locale: "en", contact: { name: "Priya Raman", email: "priya.raman@thehindu.example", phone: "+91 44 2857 6300" }, status: "DRAFT", submittedDaysAgo: 0, decisionDays: 0, purpose: "Textile industry and trade.", topics: ["Kinh tế"], provinceCodes: [], members: [{ name: "RAMAN PRIYA", nationality: "IN", role: "REPORTER", bornOn: "1989-02-02", passport: "Z1234567" }] },
];

const DAY = 86_400_000;
const BEFORE_DECISION: Partial<Record<DelegationStatus, DelegationStatus[]>> = {
  DRAFT: [],
  SUBMITTED: ["SUBMITTED"],
  UNDER_REVIEW: ["SUBMITTED", "UNDER_REVIEW"],
  INFO_REQUESTED: ["SUBMITTED", "UNDER_REVIEW", "INFO_REQUESTED"],
  WITHDRAWN: ["SUBMITTED", "UNDER_REVIEW", "WITHDRAWN"],
};
const DECIDED: Partial<Record<DelegationStatus, DelegationStatus[]>> = {
  APPROVED: ["APPROVED"],
  ARRIVED: ["APPROVED", "ARRIVED"],
  IN_PROGRESS: ["APPROVED", "ARRIVED", "IN_PROGRESS"],
  COMPLETED: ["APPROVED", "ARRIVED", "IN_PROGRESS", "COMPLETED"],
  REJECTED: ["REJECTED"],
  CANCELLED: ["APPROVED", "CANCELLED"],
};
const ENDED: readonly DelegationStatus[] = ["REJECTED", "COMPLETED", "WITHDRAWN", "CANCELLED"];
const APPLICANT_STEPS: readonly DelegationStatus[] = ["SUBMITTED", "WITHDRAWN"];

const dateOnly = (date: Date) => new Date(`${date.toISOString().slice(0, 10)}T00:00:00Z`);
const normalisedPassport = (value: string) => value.toUpperCase().replace(/[^A-Z0-9]/g, "");

/** The steps of an application and when each was made: review the next day, decision after decisionDays, the stay ten days later. */
function history(seed: SeedDelegation, now: number): { status: DelegationStatus; at: Date }[] {
  const submitted = now - seed.submittedDaysAgo * DAY;
  const before = BEFORE_DECISION[seed.status];
  if (before) return before.map((status, index) => ({ status, at: new Date(submitted + index * DAY) }));
  const decided = submitted + seed.decisionDays * DAY;
  const arrival = decided + 10 * DAY;
  const times: Record<string, number> = { APPROVED: decided, REJECTED: decided, ARRIVED: arrival, IN_PROGRESS: arrival + DAY, COMPLETED: arrival + 5 * DAY, CANCELLED: decided + 3 * DAY };
  return [{ status: "SUBMITTED", at: new Date(submitted) }, { status: "UNDER_REVIEW", at: new Date(submitted + DAY) }, ...(DECIDED[seed.status] ?? []).map((status) => ({ status, at: new Date(Math.min(times[status], now)) }))];
}

/** The next "DL-YYYY-NNNNN" of the year, through the same counter the application form uses. */
async function nextReference(year: number): Promise<string> {
  const counter = await db.delegationReferenceCounter.upsert({ where: { year }, create: { year, last: 1 }, update: { last: { increment: 1 } } });
  return `DL-${year}-${String(counter.last).padStart(5, "0")}`;
}

export async function seedDelegations(people: { press: Actor; chief: Actor }, now: Date = new Date()): Promise<void> {
  for (const seed of SEED_DELEGATIONS) {
    const steps = history(seed, now.getTime());
    const submittedAt = steps[0]?.at ?? null;
    const decision = steps.find((step) => step.status === "APPROVED" || step.status === "REJECTED");
    const last = steps[steps.length - 1];
    const arrivalOn = dateOnly(new Date((decision?.at ?? submittedAt ?? now).getTime() + 10 * DAY));
    const approved = steps.some((step) => step.status === "APPROVED");
    await db.delegation.create({
      data: {
        id: randomUUID(),
        reference: submittedAt ? await nextReference(submittedAt.getUTCFullYear()) : null,
        status: seed.status,
        locale: seed.locale,
        outletName: seed.outletName,
        outletKind: seed.outletKind,
        outletCountry: seed.outletCountry,
        contactName: seed.contact.name,
        contactEmail: seed.contact.email,
        contactPhone: seed.contact.phone,
        arrivalOn,
        departureOn: new Date(arrivalOn.getTime() + 5 * DAY),
        purpose: seed.purpose,
        topics: seed.topics,
        provinceCodes: seed.provinceCodes,
        // A link nobody holds: drafts and requests for information can be resumed only after a new one is sent.
        resumeTokenHash: seed.status === "DRAFT" || seed.status === "INFO_REQUESTED" ? createHash("sha256").update(randomBytes(32)).digest("base64url") : null,
        resumeTokenExpiresAt: seed.status === "DRAFT" || seed.status === "INFO_REQUESTED" ? new Date(now.getTime() + 14 * DAY) : null,
        formStep: submittedAt ? 5 : 2,
        submittedAt,
        decidedAt: decision?.at ?? null,
        letterCode: approved ? newLetterCode() : null,
        endedAt: last && ENDED.includes(last.status) ? last.at : null,
        members: {
          create: seed.members.map((member, position) => ({
            position,
            passportName: member.name,
            nationality: member.nationality,
            role: member.role,
            dateOfBirthEnc: encryptText("delegation_member.date_of_birth", member.bornOn),
            passportNumberEnc: encryptText("delegation_member.passport_number", member.passport),
            passportNumberLast4: normalisedPassport(member.passport).slice(-4),
            passportNumberHash: passportNumberHash(member.passport),
            identityHash: memberIdentityHash({ passportName: member.name, dateOfBirth: member.bornOn, nationality: member.nationality }),
            passportExpiresOn: new Date(`${now.getUTCFullYear() + 4}-06-30T00:00:00Z`),
          })),
        },
        transitions: {
          create: steps.map((step, index) => ({
            fromStatus: index === 0 ? "DRAFT" : steps[index - 1].status,
            toStatus: step.status,
            actorId: APPLICANT_STEPS.includes(step.status) || (step.status === "UNDER_REVIEW" && steps[index - 1]?.status === "INFO_REQUESTED") ? null : people.press.id,
            note: ["INFO_REQUESTED", "REJECTED", "CANCELLED"].includes(step.status) ? (seed.note ?? null) : null,
            createdAt: step.at,
          })),
        },
      },
    });
  }
}
