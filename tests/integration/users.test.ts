import { describe, expect, test } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/server/auth/actors";
import { actorForApiToken } from "@/lib/server/auth/token-access";
import { issueApiToken } from "@/lib/server/auth/api-tokens";
import { actorForSession, endSession, startSession } from "@/lib/server/auth/sessions";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/http/errors";
import { changeRole, createUser, listUserPage, setDisabled } from "@/lib/server/users/users";
import { makeUser } from "./helpers";

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]) {
  const error = await promise.catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

describe("user management", () => {
  test("an admin creates a user; the password is stored only as an argon2id hash", async () => {
    const admin = await makeUser("admin");
    const user = await createUser({ email: " New.Checker@Example.org ", name: "New Checker", role: "fact_checker", password: "a long enough secret" }, admin);
    expect(user.email).toBe("new.checker@example.org");
    const stored = await db().user.findUniqueOrThrow({ where: { id: user.id }, omit: { passwordHash: false } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    expect(stored.passwordHash).not.toContain("a long enough secret");
    const audit = await db().auditEntry.findMany({ where: { entityId: user.id } });
    expect(audit.map((entry) => [entry.action, entry.actorId])).toEqual([["user.create", admin.id]]);
  });

  test("a duplicate email is refused as a conflict and nothing is saved", async () => {
    const admin = await makeUser("admin");
    await createUser({ email: "dup@example.org", name: "One", role: "viewer", password: "a long enough secret" }, admin);
    const before = await db().user.count();
    const error = await expectAppError(createUser({ email: "DUP@example.org", name: "Two", role: "viewer", password: "a long enough secret" }, admin), "conflict");
    expect(error.message).toContain("dup@example.org");
    expect(await db().user.count()).toBe(before);
  });

  test("invalid input is refused with field errors", async () => {
    const error = await expectAppError(createUser({ email: "not-an-email", name: "", role: "owner", password: "short" }, SYSTEM_ACTOR), "invalid");
    expect(Object.keys(error.details?.fields as object).sort()).toEqual(["email", "name", "password", "role"]);
  });

  test.each(["editor", "fact_checker", "viewer"] as const)("a %s cannot manage users", async (role) => {
    const actor = await makeUser(role);
    const target = await makeUser("viewer");
    await expectAppError(listUserPage({}, actor), "forbidden");
    await expectAppError(createUser({ email: "x@example.org", name: "X", role: "admin", password: "a long enough secret" }, actor), "forbidden");
    await expectAppError(changeRole({ userId: target.id, role: "admin" }, actor), "forbidden");
    await expectAppError(setDisabled({ userId: target.id, disabled: true }, actor), "forbidden");
  });

  test("role changes and disabling take effect on the next request, and are audited", async () => {
    const admin = await makeUser("admin");
    const user = await makeUser("viewer");
    const session = await startSession(user.id);
    await changeRole({ userId: user.id, role: "editor" }, admin);
    expect((await actorForSession(session, user.id))?.role).toBe("editor");
    await setDisabled({ userId: user.id, disabled: true }, admin);
    expect(await actorForSession(session, user.id)).toBeNull();
    await setDisabled({ userId: user.id, disabled: false }, admin);
    expect(await actorForSession(await startSession(user.id), user.id)).not.toBeNull();
    const actions = (await db().auditEntry.findMany({ where: { entityId: user.id }, orderBy: { id: "asc" } })).map((entry) => entry.action);
    expect(actions).toEqual(["user.create", "user.role", "user.disable", "user.enable"]);
  });

  // The probe's cases: a cookie kept working for 12 h after sign-out, and enabling a disabled user
  // brought their old sessions and tokens back.
  test("signing out ends that session on the server, and no other", async () => {
    const user = await makeUser("fact_checker");
    const laptop = await startSession(user.id);
    const phone = await startSession(user.id);
    await endSession(laptop);
    expect(await actorForSession(laptop, user.id)).toBeNull();
    expect((await actorForSession(phone, user.id))?.id).toBe(user.id);
    expect(await actorForSession(phone, (await makeUser("admin")).id)).toBeNull();
    expect(await actorForSession("no-such-session", user.id)).toBeNull();
  });

  test("enabling a disabled user again revives none of the sessions and tokens that disabling ended", async () => {
    const admin = await makeUser("admin");
    const user = await makeUser("fact_checker");
    const session = await startSession(user.id);
    const { token } = await issueApiToken({ userId: user.id, name: "ci" }, SYSTEM_ACTOR);
    expect((await actorForApiToken(token))?.id).toBe(user.id);
    await setDisabled({ userId: user.id, disabled: true }, admin);
    await setDisabled({ userId: user.id, disabled: false }, admin);
    expect(await actorForSession(session, user.id)).toBeNull();
    expect(await actorForApiToken(token)).toBeNull();
    expect(await actorForSession(await startSession(user.id), user.id)).not.toBeNull();
  });

  test("an admin cannot disable or demote themselves", async () => {
    const admin = await makeUser("admin");
    await expectAppError(setDisabled({ userId: admin.id, disabled: true }, admin), "invalid");
    await expectAppError(changeRole({ userId: admin.id, role: "viewer" }, admin), "invalid");
    expect((await actorForSession(await startSession(admin.id), admin.id))?.role).toBe("admin");
  });

  test("the audit log cannot be rewritten or deleted", async () => {
    await makeUser("viewer");
    const entry = await db().auditEntry.findFirstOrThrow();
    await expect(db().auditEntry.update({ where: { id: entry.id }, data: { action: "forged" } })).rejects.toThrow(/append-only/);
    await expect(db().auditEntry.delete({ where: { id: entry.id } })).rejects.toThrow(/append-only/);
    expect((await db().auditEntry.findUniqueOrThrow({ where: { id: entry.id } })).action).toBe(entry.action);
  });
});
