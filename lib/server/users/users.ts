import { hashPassword } from "@/lib/auth/password";
import { Prisma } from "@/lib/generated/prisma/client";
import { pageOf } from "@/lib/paging/cursor";
import { changeRoleSchema, createUserSchema, setDisabledSchema, userChangeSchema, userListSchema } from "@/lib/users/schema";
import { pairCursor } from "../paging/pair-cursor";
import type { Actor } from "../auth/actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "../auth/authz";
import { db } from "../db/client";
import { emitEvent } from "../events/emit";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";

const PUBLIC_FIELDS = { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true } as const;
export type UserSummary = Prisma.UserGetPayload<{ select: typeof PUBLIC_FIELDS }>;

export async function createUser(input: unknown, actor: Actor): Promise<UserSummary> {
  authorize(actor, "user:manage");
  const { password, ...fields } = parseInput(createUserSchema, input);
  const passwordHash = await hashPassword(password);
  try {
    return await db().$transaction(async (tx) => {
      const user = await tx.user.create({ data: { ...fields, passwordHash }, select: PUBLIC_FIELDS });
      await recordAudit(tx, actor, { action: "user.create", entityType: "User", entityId: user.id, after: { email: user.email, name: user.name, role: user.role } });
      return user;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", `A user with the email ${fields.email} already exists`);
    }
    throw error;
  }
}

const USER_CURSOR = pairCursor("users", "name", "text");

/** Users by name a page at a time (keyset on name and id), filterable by role and status. */
export async function listUserPage(input: unknown, actor: Actor | null) {
  authorize(actor, "user:manage");
  const query = parseInput(userListSchema, input ?? {}, "Invalid list parameters");
  const after = USER_CURSOR.decode(query.cursor);
  const where: Prisma.UserWhereInput = {
    ...(query.role ? { role: query.role } : {}),
    ...(query.status ? { disabledAt: query.status === "disabled" ? { not: null } : null } : {}),
  };
  const [total, rows] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({
      where: after ? { AND: [where, { OR: [{ name: { gt: after.value } }, { name: after.value, id: { gt: after.id } }] }] } : where,
      select: PUBLIC_FIELDS,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: query.limit + 1,
    }),
  ]);
  return { total, ...pageOf(rows, query.limit, (user) => USER_CURSOR.encode(user.name, user.id)) };
}

export async function findUserByEmail(email: string): Promise<UserSummary | null> {
  return db().user.findUnique({ where: { email: email.trim().toLowerCase() }, select: PUBLIC_FIELDS });
}

async function updateUser(
  actor: Actor,
  userId: string,
  action: string,
  change: Prisma.UserUpdateInput,
  guard: (user: UserSummary) => void,
): Promise<UserSummary> {
  return db().$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: PUBLIC_FIELDS });
    if (!before) throw new AppError("not_found", "No such user");
    guard(before);
    const after = await tx.user.update({ where: { id: userId }, data: change, select: PUBLIC_FIELDS });
    await recordAudit(tx, actor, {
      action,
      entityType: "User",
      entityId: userId,
      before: { role: before.role, disabled: before.disabledAt !== null },
      after: { role: after.role, disabled: after.disabledAt !== null },
    });
    // Open event streams of this user re-read the account at once (and close if it was disabled).
    await emitEvent(tx, "user.changed", {}, userId);
    return after;
  });
}

function refuseSelfLockout(actor: Actor, user: UserSummary, what: string) {
  if (actor.id === user.id) throw new AppError("invalid", `You cannot ${what} your own account`);
}

export async function changeRole(input: unknown, actor: Actor): Promise<UserSummary> {
  authorize(actor, "user:manage");
  const { userId, role } = parseInput(changeRoleSchema, input);
  return updateUser(actor, userId, "user.role", { role }, (user) => {
    if (role !== "admin") refuseSelfLockout(actor, user, "demote");
  });
}

export async function setDisabled(input: unknown, actor: Actor): Promise<UserSummary> {
  authorize(actor, "user:manage");
  const { userId, disabled } = parseInput(setDisabledSchema, input);
  const now = new Date();
  // Disabling ends the user's sessions and revokes their tokens for good: enabling the account
  // again lets them sign in anew, but brings back nothing that disabling ended.
  const change: Prisma.UserUpdateInput = disabled
    ? {
        disabledAt: now,
        sessions: { updateMany: { where: { endedAt: null }, data: { endedAt: now } } },
        apiTokens: { updateMany: { where: { revokedAt: null }, data: { revokedAt: now } } },
      }
    : { disabledAt: null };
  return updateUser(actor, userId, disabled ? "user.disable" : "user.enable", change, (user) => {
    if (disabled) refuseSelfLockout(actor, user, "disable");
  });
}

/** The API's change to one account; each part keeps its own rule (nobody demotes or disables themselves) and audit entry. */
export async function changeUser(userId: string, input: unknown, actor: Actor): Promise<UserSummary> {
  authorize(actor, "user:manage");
  const { role, disabled } = parseInput(userChangeSchema, input);
  let user: UserSummary | undefined;
  if (role !== undefined) user = await changeRole({ userId, role }, actor);
  if (disabled !== undefined) user = await setDisabled({ userId, disabled }, actor);
  return user!;
}
