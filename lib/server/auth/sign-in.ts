import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { randomBytes } from "node:crypto";
import { signInSchema } from "@/lib/users/schema";
import type { Actor } from "./actors";
import { db } from "../db/client";

export const MAX_FAILURES_PER_MINUTE = 5;
const WINDOW_MS = 60_000;

export type SignInResult = { ok: true; actor: Actor & { id: string; email: string } } | { ok: false; reason: "invalid" | "throttled" };

// Verified against when the email is unknown, so timing does not reveal which emails exist.
let unknownUserHash: Promise<string> | undefined;

/**
 * Email and password sign-in, refused for a minute after five failures for the account or the
 * client's address. Without an address only the account's limit applies: pooling every client
 * without one into a shared bucket would let five failures lock them all out.
 */
export async function signInWithPassword(input: unknown, address: string | null): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password } = parsed.data;
  const since = new Date(Date.now() - WINDOW_MS);
  const recentFailures = await db().loginAttempt.count({
    where: { succeeded: false, createdAt: { gte: since }, OR: address ? [{ email }, { address }] : [{ email }] },
  });
  if (recentFailures >= MAX_FAILURES_PER_MINUTE) return { ok: false, reason: "throttled" };

  const user = await db().user.findUnique({ where: { email }, omit: { passwordHash: false } });
  unknownUserHash ??= hashPassword(randomBytes(16).toString("hex"));
  const passwordOk = await verifyPassword(user?.passwordHash ?? (await unknownUserHash), password);
  const succeeded = Boolean(user && passwordOk && !user.disabledAt);
  await db().loginAttempt.create({ data: { email, address, succeeded } });
  if (!user || !succeeded) return { ok: false, reason: "invalid" };
  return { ok: true, actor: { id: user.id, email: user.email, role: user.role, name: user.name } };
}
