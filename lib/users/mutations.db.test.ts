/**
 * Account administration on a real database: only administrators manage users,
 * deactivation ends sessions at once, and saves are compare-and-set on version.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { loadActiveActor } from "@/lib/auth/actor";
import { authenticate } from "@/lib/auth/credentials";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { users, type TestUser } from "@/lib/test/factories";
import { createUser, setUserActive, updateUser } from "./mutations";
import { createUserSchema, setUserActiveSchema, updateUserSchema } from "./schemas";

let admin: TestUser;
let addressCounter = 0;
const freshAddress = () => `192.0.2.${++addressCounter}`;

beforeAll(async () => {
  admin = await users.create({ roles: ["ADMIN"] });
});

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => expect.unreachable("the call should have been refused"),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const newUser = (email: string, roles: Role[] = ["WRITER"]) =>
  createUserSchema.parse({ name: "Nguyễn Thị Minh", email, password: "mật khẩu đủ dài 2023", roles });

async function editOf(userId: string, changes: Record<string, unknown> = {}) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  return updateUserSchema.parse({
    userId,
    version: user.version,
    name: user.name,
    email: user.email,
    roles: user.roles,
    preferredLocale: user.preferredLocale,
    ...changes,
  });
}

describe("only administrators manage accounts", () => {
  test.each(["CHIEF_EDITOR", "EDITOR", "WRITER", "PRESS_OFFICER"] as const)("a %s can neither create, edit nor deactivate", async (role) => {
    const actor = await users.create({ roles: [role] });
    const target = await users.create({ roles: ["WRITER"] });
    const before = await db.user.findUniqueOrThrow({ where: { id: target.id } });
    const count = await db.user.count();

    expect((await refusal(createUser({ actor, input: newUser(`by-${role.toLowerCase()}@newsroom.test`, ["ADMIN"]) }))).code).toBe("FORBIDDEN");
    expect((await refusal(updateUser({ actor, input: await editOf(target.id, { roles: ["ADMIN"] }) }))).code).toBe("FORBIDDEN");
    expect((await refusal(updateUser({ actor, input: await editOf(actor.id, { roles: ["ADMIN"] }) }))).code).toBe("FORBIDDEN");
    expect((await refusal(setUserActive({ actor, input: { userId: target.id, version: before.version, isActive: false } }))).code).toBe("FORBIDDEN");

    expect(await db.user.count()).toBe(count);
    expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toEqual(before);
    expect((await loadActiveActor(actor.id))?.roles).toEqual([role]);
  });
});

describe("createUser", () => {
  test("stores an argon2id hash that signs in, never the password", async () => {
    const input = newUser("minh.nguyen@newsroom.test", ["EDITOR", "WRITER"]);
    const created = await createUser({ actor: admin, input });
    const stored = await db.user.findUniqueOrThrow({ where: { id: created.id }, select: { passwordHash: true, roles: true } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain(input.password);
    expect(stored.roles).toEqual(["EDITOR", "WRITER"]);
    await expect(authenticate({ email: input.email, password: input.password }, freshAddress())).resolves.toMatchObject({ id: created.id });
  });

  test("an e-mail already in use, in any case, is a field error", async () => {
    await createUser({ actor: admin, input: newUser("trung.le@newsroom.test") });
    const error = await refusal(createUser({ actor: admin, input: newUser("Trung.Le@Newsroom.test") }));
    expect(error.fieldErrors).toEqual({ email: ["admin.users.emailTaken"] });
  });

  test.each([
    ["isActive", false],
    ["passwordHash", "$argon2id$forged"],
    ["id", "5b0c7c1e-0000-4000-8000-0000000000dd"],
    ["version", 7],
  ])("a smuggled %s is refused by the schema", (field, value) => {
    const result = createUserSchema.safeParse({ name: "X", email: "x@newsroom.test", password: "mật khẩu đủ dài 2023", roles: ["WRITER"], [field]: value });
    expect(result.success).toBe(false);
  });
});

describe("updateUser", () => {
  test("roles change on the next request; the new password replaces the old one; an empty one keeps it", async () => {
    const user = await users.create({ roles: ["WRITER"] });
    await updateUser({ actor: admin, input: await editOf(user.id, { roles: ["EDITOR"], newPassword: "" }) });
    expect((await loadActiveActor(user.id))?.roles).toEqual(["EDITOR"]);
    await expect(authenticate({ email: user.email, password: user.password }, freshAddress())).resolves.toMatchObject({ id: user.id });

    await updateUser({ actor: admin, input: await editOf(user.id, { newPassword: "một mật khẩu mới hoàn toàn" }) });
    await expect(authenticate({ email: user.email, password: "một mật khẩu mới hoàn toàn" }, freshAddress())).resolves.toMatchObject({ id: user.id });
    expect((await refusal(authenticate({ email: user.email, password: user.password }, freshAddress()))).code).toBe("UNAUTHENTICATED");
  });

  test("two administrators saving the same version at once: exactly one wins, the other gets CONFLICT", async () => {
    const otherAdmin = await users.create({ roles: ["ADMIN"] });
    const user = await users.create({ roles: ["WRITER"] });
    // Both forms were loaded at version 1.
    const [first, second] = [await editOf(user.id, { name: "Tên thứ nhất" }), await editOf(user.id, { name: "Tên thứ hai" })];
    const results = await Promise.allSettled([updateUser({ actor: admin, input: first }), updateUser({ actor: otherAdmin, input: second })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(rejected.map((r) => (r.reason as AppError).code)).toEqual(["CONFLICT"]);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).version).toBe(2);
  });

  test("an unknown account is NOT_FOUND", async () => {
    const input = { ...(await editOf(admin.id)), userId: "5b0c7c1e-0000-4000-8000-0000000000ee" };
    expect((await refusal(updateUser({ actor: admin, input }))).code).toBe("NOT_FOUND");
  });

  test("an administrator cannot remove their own ADMIN role", async () => {
    const error = await refusal(updateUser({ actor: admin, input: await editOf(admin.id, { roles: ["EDITOR"] }) }));
    expect(error.fieldErrors).toEqual({ roles: ["admin.users.cannotRemoveOwnAdmin"] });
    expect((await loadActiveActor(admin.id))?.roles).toEqual(["ADMIN"]);
  });

  test.each([
    ["isActive", true],
    ["passwordHash", "$argon2id$forged"],
    ["password", "mật khẩu đủ dài 2023"],
  ])("a smuggled %s is refused by the schema", async (field, value) => {
    expect(updateUserSchema.safeParse({ ...(await editOf(admin.id)), [field]: value }).success).toBe(false);
  });
});

describe("setUserActive", () => {
  test("deactivating ends the live session at once and sign-in fails like a wrong password; reactivating restores both", async () => {
    const user = await users.create({ roles: ["EDITOR"] });
    expect(await loadActiveActor(user.id)).not.toBeNull();
    const change = await setUserActive({ actor: admin, input: setUserActiveSchema.parse({ userId: user.id, version: 1, isActive: false }) });

    expect(await loadActiveActor(user.id)).toBeNull();
    const error = await refusal(authenticate({ email: user.email, password: user.password }, freshAddress()));
    expect(error).toMatchObject({ code: "UNAUTHENTICATED", messageKey: "auth.invalidCredentials" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).deactivatedAt).not.toBeNull();

    await setUserActive({ actor: admin, input: { userId: user.id, version: change.version, isActive: true } });
    expect(await loadActiveActor(user.id)).not.toBeNull();
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).deactivatedAt).toBeNull();
  });

  test("an administrator cannot deactivate themselves", async () => {
    const error = await refusal(setUserActive({ actor: admin, input: { userId: admin.id, version: 1, isActive: false } }));
    expect(error.code).toBe("FORBIDDEN");
    expect(await loadActiveActor(admin.id)).not.toBeNull();
  });

  test("a stale version is a conflict and changes nothing", async () => {
    const user = await users.create();
    await setUserActive({ actor: admin, input: { userId: user.id, version: 1, isActive: false } });
    expect((await refusal(setUserActive({ actor: admin, input: { userId: user.id, version: 1, isActive: true } }))).code).toBe("CONFLICT");
    expect(await loadActiveActor(user.id)).toBeNull();
  });
});
