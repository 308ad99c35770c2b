/**
 * Sign-in against real accounts and real argon2 hashes: one answer for every
 * kind of failure, lockout after repeated failures per account and per
 * address, and sessions that end when the account is deactivated.
 */
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { createTranslator } from "@/lib/i18n/translator";
import { users } from "@/lib/test/factories";
import { loadActiveActor } from "./actor";
import { authenticate } from "./credentials";
import { SIGN_IN_LIMITS } from "./throttle";

let addressCounter = 0;
/** Each test signs in from its own client address, so address limits do not leak between tests. */
const freshAddress = () => `198.51.100.${++addressCounter}`;

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => expect.unreachable("sign-in should have failed"),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** What the person (or an attacker) gets to see of a failure. */
const visible = (error: AppError) => ({
  code: error.code,
  status: error.status,
  messageKey: error.messageKey,
  params: error.params,
  fieldErrors: error.fieldErrors,
  vi: createTranslator("vi")(error.messageKey, error.params),
  en: createTranslator("en")(error.messageKey, error.params),
});

describe("authenticate", () => {
  test("the right password signs in, whatever the e-mail's case and spacing; no hash comes back", async () => {
    const user = await users.create({ roles: ["EDITOR", "WRITER"] });
    const signedIn = await authenticate({ email: `  ${user.email.toUpperCase()} `, password: user.password }, freshAddress());
    expect(signedIn).toEqual({ id: user.id, email: user.email, name: user.name, roles: ["EDITOR", "WRITER"] });
    expect(Object.keys(signedIn)).not.toContain("passwordHash");
    expect(await db.signInAttempt.count({ where: { email: user.email, succeeded: true } })).toBe(1);
  });

  test("wrong password, unknown e-mail and deactivated account give exactly the same answer", async () => {
    const user = await users.create();
    const inactive = await users.create({ isActive: false });
    const wrongPassword = await failure(authenticate({ email: user.email, password: "not the password" }, freshAddress()));
    const unknownEmail = await failure(authenticate({ email: "nobody@newsroom.test", password: user.password }, freshAddress()));
    const deactivated = await failure(authenticate({ email: inactive.email, password: inactive.password }, freshAddress()));

    expect(visible(wrongPassword)).toEqual(visible(unknownEmail));
    expect(visible(deactivated)).toEqual(visible(unknownEmail));
    expect(visible(unknownEmail)).toMatchObject({ code: "UNAUTHENTICATED", status: 401, messageKey: "auth.invalidCredentials" });
  });

  test.each([
    null,
    "writer@newsroom.local",
    {},
    { email: "not-an-email", password: "x" },
    { email: "a@b.test", password: "" },
    { email: ["a@b.test"], password: "x" },
  ])("malformed input %j is refused like a wrong password", async (input) => {
    const error = await failure(authenticate(input, freshAddress()));
    expect(error).toMatchObject({ code: "UNAUTHENTICATED", messageKey: "auth.invalidCredentials" });
  });

  test(`after ${SIGN_IN_LIMITS.perEmail} failures the account is locked, even for the right password and from another address`, async () => {
    const user = await users.create();
    for (let attempt = 1; attempt < SIGN_IN_LIMITS.perEmail; attempt++) {
      expect((await failure(authenticate({ email: user.email, password: `guess ${attempt}` }, freshAddress()))).code).toBe("UNAUTHENTICATED");
    }
    // One failure short of the limit, the right password still works …
    await expect(authenticate({ email: user.email, password: user.password }, freshAddress())).resolves.toMatchObject({ id: user.id });
    // … and the next failure reaches it.
    await failure(authenticate({ email: user.email, password: "last guess" }, freshAddress()));

    const locked = await failure(authenticate({ email: user.email, password: user.password }, freshAddress()));
    expect(locked.code).toBe("RATE_LIMITED");
    expect(locked.status).toBe(429);
    expect(locked.params?.minutes).toBeGreaterThanOrEqual(1);
    expect(locked.params?.minutes).toBeLessThanOrEqual(SIGN_IN_LIMITS.windowMinutes);
    expect(createTranslator("en")(locked.messageKey, locked.params)).toMatch(/try again in \d+ minutes/);
  });

  test("an unknown e-mail is locked the same way, so lockouts reveal nothing about which accounts exist", async () => {
    const known = await users.create();
    const unknown = "ghost@newsroom.test";
    for (const email of [known.email, unknown]) {
      for (let attempt = 0; attempt < SIGN_IN_LIMITS.perEmail; attempt++) await failure(authenticate({ email, password: "wrong" }, freshAddress()));
    }
    const lockedKnown = await failure(authenticate({ email: known.email, password: "wrong" }, freshAddress()));
    const lockedUnknown = await failure(authenticate({ email: unknown, password: "wrong" }, freshAddress()));
    expect(lockedKnown.code).toBe("RATE_LIMITED");
    expect(visible(lockedUnknown)).toEqual(visible(lockedKnown));
  });

  test(`one address failing ${SIGN_IN_LIMITS.perAddress} times is locked out for every account; other addresses are not`, async () => {
    const user = await users.create();
    const address = freshAddress();
    for (let attempt = 0; attempt < SIGN_IN_LIMITS.perAddress; attempt++) {
      await failure(authenticate({ email: `spray-${attempt}@newsroom.test`, password: "Password123!" }, address));
    }
    expect((await failure(authenticate({ email: user.email, password: user.password }, address))).code).toBe("RATE_LIMITED");
    await expect(authenticate({ email: user.email, password: user.password }, freshAddress())).resolves.toMatchObject({ id: user.id });
  });

  test("failures older than the window no longer count", async () => {
    const user = await users.create();
    const longAgo = new Date(Date.now() - (SIGN_IN_LIMITS.windowMinutes + 1) * 60_000);
    await db.signInAttempt.createMany({
      data: Array.from({ length: SIGN_IN_LIMITS.perEmail + 2 }, () => ({ email: user.email, ipAddress: "203.0.113.9", succeeded: false, createdAt: longAgo })),
    });
    await expect(authenticate({ email: user.email, password: user.password }, "203.0.113.9")).resolves.toMatchObject({ id: user.id });
  });
});

describe("loadActiveActor: the account is read on every request", () => {
  test("an active user is the actor, with their current roles", async () => {
    const user = await users.create({ roles: ["WRITER"], preferredLocale: "en" });
    expect(await loadActiveActor(user.id)).toEqual({ id: user.id, email: user.email, name: user.name, roles: ["WRITER"], preferredLocale: "en" });
    await db.user.update({ where: { id: user.id }, data: { roles: ["WRITER", "EDITOR"] } });
    expect((await loadActiveActor(user.id))?.roles).toEqual(["WRITER", "EDITOR"]);
  });

  test("a deactivated user's live session is refused on the next request", async () => {
    const user = await users.create({ roles: ["CHIEF_EDITOR"] });
    expect(await loadActiveActor(user.id)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { isActive: false, deactivatedAt: new Date() } });
    expect(await loadActiveActor(user.id)).toBeNull();
  });

  test.each([undefined, null, "", "not-a-uuid", "' OR 1=1 --", "5b0c7c1e-0000-4000-8000-0000000000cc"])(
    "no actor for session subject %j",
    async (subject) => {
      expect(await loadActiveActor(subject)).toBeNull();
    },
  );
});
