/**
 * The public application on a real database: start, save each step over its
 * version, resume through the e-mailed link, validation on the right field,
 * personal data encrypted at rest with blind indexes, and submission with
 * yearly gap-free reference numbers.
 */
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { refusal } from "@/lib/test/refusal";
import { hashResumeToken, resumeApplication, saveMembersStep, saveOutletStep, saveVisitStep } from "./application";
import { getApplicationDraft } from "./application-draft";
import { saveMembersSchema, saveOutletSchema } from "./application-schemas";
import { submitApplication } from "./application-submit";
import { PUBLIC_RATE_LIMITS } from "./public-rate-limit";
import { followResumeLink } from "./resume-link";

process.env.NEXTAUTH_SECRET ??= "test-only-secret";
process.env.TRUSTED_PROXY = "true";
import { completeDraft, inYears, member, outlet, start, versionOf, visit } from "@/lib/test/application-factories";

describe("starting and resuming", () => {
  test("starting stores the draft, e-mails the resume link and keeps only the token's hash", async () => {
    const { delegationId, resumeToken } = await start();
    const row = await db.delegation.findUniqueOrThrow({ where: { id: delegationId } });
    expect(row.status).toBe("DRAFT");
    expect(row.reference).toBeNull();
    expect(row.outletCountry).toBe("FR");
    expect(row.resumeTokenHash).toBe(hashResumeToken(resumeToken));
    expect(row.resumeTokenHash).not.toContain(resumeToken);
    const expiresInDays = (row.resumeTokenExpiresAt!.getTime() - Date.now()) / 86_400_000;
    expect(expiresInDays).toBeGreaterThan(13.9);
    expect(expiresInDays).toBeLessThanOrEqual(14);
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { delegationId, kind: "delegation.resumeLink" } });
    expect(mail.toAddress).toBe(row.contactEmail);
    expect(mail.textBody).toContain(encodeURIComponent(resumeToken));
  });

  test("the link opens the draft at the step reached; a wrong or expired token is 404", async () => {
    const { delegationId, resumeToken } = await start();
    await expect(resumeApplication({ token: resumeToken })).resolves.toEqual({ delegationId, locale: "en", formStep: 2 });
    expect((await refusal(resumeApplication({ token: `${resumeToken}x` }))).code).toBe("NOT_FOUND");
    expect((await refusal(resumeApplication({ token: "" }))).code).toBe("NOT_FOUND");
    const later = new Date(Date.now() + 15 * 86_400_000);
    expect((await refusal(resumeApplication({ token: resumeToken, now: later }))).code).toBe("NOT_FOUND");
  });

  test("following the link is rate-limited per client address like any guess", async () => {
    const { delegationId, resumeToken } = await start();
    const follow = (token: string, address: string) =>
      followResumeLink(new Request(`http://localhost:3000/api/delegations/resume?token=${encodeURIComponent(token)}`, { headers: { "x-forwarded-for": address } }));
    expect(await follow(resumeToken, "192.0.2.10")).toEqual({ delegationId, locale: "en", formStep: 2 });
    for (let attempt = 1; attempt < PUBLIC_RATE_LIMITS.RESUME_LINK.max; attempt += 1) expect(await follow(`guess-${attempt}`, "192.0.2.11")).toBeNull();
    expect(await follow(resumeToken, "192.0.2.11")).toEqual({ delegationId, locale: "en", formStep: 2 });
    expect(await follow(resumeToken, "192.0.2.11")).toBeNull();
  });

  test("each step saves over its version; a stale version is a conflict and saves nothing", async () => {
    const { delegationId } = await start();
    const saved = await saveOutletStep({ delegationId, input: saveOutletSchema.parse({ version: 1, ...outlet({ outletName: "Libération" }) }) });
    expect(saved.version).toBe(2);
    const stale = await refusal(saveOutletStep({ delegationId, input: saveOutletSchema.parse({ version: 1, ...outlet({ outletName: "Stale" }) }) }));
    expect(stale.code).toBe("CONFLICT");
    expect((await db.delegation.findUniqueOrThrow({ where: { id: delegationId } })).outletName).toBe("Libération");
    await saveMembersStep({ delegationId, input: saveMembersSchema.parse({ version: 2, members: [member()] }) });
    expect((await getApplicationDraft(delegationId))!.formStep).toBe(3);
  });
});

describe("members", () => {
  test("passport number and date of birth are only stored encrypted, with the last four and blind indexes", async () => {
    const first = await completeDraft();
    const second = await completeDraft({}, [member({ passportNumber: "19ab-12345" })]);
    const rows = await db.$queryRaw<Record<string, string>[]>`
      SELECT delegation_id, date_of_birth_enc, passport_number_enc, passport_number_last4, passport_number_hash, identity_hash
      FROM delegation_member WHERE delegation_id IN (${first}::uuid, ${second}::uuid)`;
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      const raw = JSON.stringify(row);
      expect(raw).not.toContain("19AB12345");
      expect(raw).not.toContain("12345");
      expect(raw).not.toContain("1985-04-12");
      expect(row.passport_number_last4).toBe("2345");
      expect(row.passport_number_enc).toMatch(/^v1\./);
    }
    expect(rows[0].passport_number_hash).toBe(rows[1].passport_number_hash);
    expect(rows[0].identity_hash).toBe(rows[1].identity_hash);
    const draft = await getApplicationDraft(second);
    expect(JSON.stringify(draft)).not.toContain("12345");
  });

  test("a saved member left blank keeps the stored passport number and date of birth", async () => {
    const delegationId = await completeDraft();
    const [saved] = await db.delegationMember.findMany({ where: { delegationId } });
    await saveMembersStep({
      delegationId,
      input: saveMembersSchema.parse({ version: await versionOf(delegationId), members: [member({ memberId: saved.id, passportNumber: "", dateOfBirth: "", role: "CAMERA" })] }),
    });
    const after = await db.delegationMember.findUniqueOrThrow({ where: { id: saved.id } });
    expect(after.role).toBe("CAMERA");
    expect(after.passportNumberEnc).toBe(saved.passportNumberEnc);
    expect(after.identityHash).toBe(saved.identityHash);
  });

  test("a passport expiring before the departure is an error on that member's field and nothing is saved", async () => {
    const delegationId = await completeDraft();
    const before = await db.delegationMember.findMany({ where: { delegationId } });
    const error = await refusal(
      saveMembersStep({
        delegationId,
        input: saveMembersSchema.parse({ version: await versionOf(delegationId), members: [member(), member({ passportExpiresOn: inYears(1, "-03-05") })] }),
      }),
    );
    expect(error.fieldErrors).toEqual({ "members.1.passportExpiresOn": ["applications.passportExpiresBeforeDeparture"] });
    expect(await db.delegationMember.findMany({ where: { delegationId } })).toEqual(before);
  });

  test("a visit whose departure outlasts a saved passport is refused on the departure", async () => {
    const { delegationId } = await start();
    await saveMembersStep({ delegationId, input: saveMembersSchema.parse({ version: 1, members: [member({ passportExpiresOn: inYears(1, "-03-05") })] }) });
    const error = await refusal(saveVisitStep({ delegationId, input: visit(2) }));
    expect(error.fieldErrors).toEqual({ departureOn: ["applications.passportExpiresBeforeDeparture"] });
    expect((await db.delegation.findUniqueOrThrow({ where: { id: delegationId } })).arrivalOn).toBeNull();
  });
});

describe("submission", () => {
  test("a draft without a letter of assignment cannot be submitted", async () => {
    const { delegationId } = await start();
    const error = await refusal(submitApplication({ delegationId, version: 1 }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toMatchObject({ members: ["applications.membersRequired"], assignmentLetter: ["applications.letterRequired"] });
  });

  test("references count up per year from 00001; concurrent submissions get distinct numbers without gaps", async () => {
    const submitYear = 2091;
    const now = new Date(`${submitYear}-02-01T10:00:00Z`);
    const first = await completeDraft();
    const second = await completeDraft();
    expect(await submitApplication({ delegationId: first, version: await versionOf(first), now })).toEqual({ reference: `DL-${submitYear}-00001` });
    expect(await submitApplication({ delegationId: second, version: await versionOf(second), now })).toEqual({ reference: `DL-${submitYear}-00002` });
    const drafts = await Promise.all([1, 2, 3, 4, 5].map(() => completeDraft()));
    const references = await Promise.all(drafts.map(async (id) => (await submitApplication({ delegationId: id, version: await versionOf(id), now })).reference));
    expect([...references].sort()).toEqual([3, 4, 5, 6, 7].map((n) => `DL-${submitYear}-0000${n}`));

    const row = await db.delegation.findUniqueOrThrow({ where: { id: first }, include: { transitions: true } });
    expect(row.status).toBe("SUBMITTED");
    expect(row.submittedAt).toEqual(now);
    expect(row.resumeTokenHash).toBeNull();
    expect(row.transitions).toMatchObject([{ fromStatus: "DRAFT", toStatus: "SUBMITTED", actorId: null }]);
    const mail = await db.outboundEmail.findFirstOrThrow({ where: { delegationId: first, kind: "delegation.submitted" } });
    expect(mail.subject).toContain(`DL-${submitYear}-00001`);
    expect(mail.textBody).toContain("/en/delegations/status");
    expect((await refusal(submitApplication({ delegationId: first, version: row.version, now }))).code).toBe("INVALID_TRANSITION");
  });

  test("a submitted application can no longer be edited", async () => {
    const delegationId = await completeDraft();
    await submitApplication({ delegationId, version: await versionOf(delegationId) });
    const error = await refusal(saveOutletStep({ delegationId, input: saveOutletSchema.parse({ version: await versionOf(delegationId), ...outlet() }) }));
    expect(error.code).toBe("INVALID_TRANSITION");
  });
});
