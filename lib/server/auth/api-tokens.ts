import { generateApiToken } from "@/lib/auth/api-token";
import type { Role } from "@/lib/auth/roles";
import { parseTokenExpiry } from "@/lib/auth/token-expiry";
import { normalizeScopes, scopesForRole, type TokenScope } from "@/lib/auth/token-scopes";
import { apiTokenIdParamsSchema, createApiTokenBodySchema, tokenExpirySchema, tokenNameSchema, tokenScopeSchema, type ApiTokenView, type CreatedApiToken } from "@/lib/tokens/schema";
import { z } from "zod";
import type { Actor } from "./actors";
import { recordAudit } from "../audit/audit";
import { authorize } from "./authz";
import { db } from "../db/client";
import { AppError } from "../http/errors";
import { parseInput } from "../http/validate";

const issueTokenSchema = z.strictObject({
  userId: z.string().min(1),
  name: tokenNameSchema.default("personal token"),
  // Left out, the token gets everything its owner's role allows, as tokens issued before scopes did.
  scopes: z.array(tokenScopeSchema).min(1, "Choose at least one scope").optional(),
  expires: tokenExpirySchema.default("never"),
});

const TOKEN_VIEW = { id: true, name: true, prefix: true, scopes: true, createdAt: true, lastUsedAt: true, expiresAt: true, revokedAt: true } as const;

type TokenRow = { id: string; name: string; prefix: string; scopes: TokenScope[]; createdAt: Date; lastUsedAt: Date | null; expiresAt: Date | null; revokedAt: Date | null };

function tokenView(row: TokenRow): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}

/**
 * Issues an API token. Users issue their own; issuing for someone else is user management. Scopes
 * are limited to what the owner's role can use (`admin` for admins only). The token is returned
 * once: only its hash is stored.
 */
export async function issueApiToken(input: unknown, actor: Actor, now: Date = new Date()): Promise<CreatedApiToken> {
  const { userId, name, scopes, expires } = parseInput(issueTokenSchema, input);
  authorize(actor, userId === actor.id ? "token:create" : "user:manage");
  const expiry = parseTokenExpiry(expires, now);
  if (!expiry.ok) throw new AppError("invalid", `Expires: ${expiry.message}`, { fields: { expires: [expiry.message] } });
  const { token, tokenHash, prefix } = generateApiToken();
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { disabledAt: true, role: true } });
    if (!user) throw new AppError("not_found", "No such user");
    if (user.disabledAt) throw new AppError("invalid", "That account is disabled");
    const granted = normalizeScopes(scopes ?? scopesForRole(user.role));
    assertWithinRole(user.role, granted);
    const record = await tx.apiToken.create({
      data: { userId, name, tokenHash, prefix, scopes: granted, expiresAt: expiry.expiresAt, createdAt: now },
      select: TOKEN_VIEW,
    });
    await recordAudit(tx, actor, {
      action: "token.create",
      entityType: "ApiToken",
      entityId: record.id,
      after: { userId, name, prefix, scopes: granted, expiresAt: record.expiresAt?.toISOString() ?? null },
    });
    return { ...tokenView(record), token };
  });
}

/** A token the caller makes for themselves (settings page, POST /api/v1/me/tokens). */
export async function createOwnApiToken(input: unknown, actor: Actor | null, now: Date = new Date()): Promise<CreatedApiToken> {
  authorize(actor, "token:create");
  const body = parseInput(createApiTokenBodySchema, input);
  if (!actor.id) throw new AppError("invalid", "The system has no tokens of its own; issue one for a user");
  assertWithinRole(actor.role, body.scopes);
  if (actor.token) assertWithinCallingToken(actor.token, body, now);
  return issueApiToken({ ...body, userId: actor.id }, actor, now);
}

function assertWithinRole(role: Role, scopes: TokenScope[]): void {
  const allowed = scopesForRole(role);
  const beyondRole = normalizeScopes(scopes).filter((scope) => !allowed.includes(scope));
  if (beyondRole.length > 0) {
    const message = `The "${beyondRole.join('", "')}" scope is for admins' tokens only`;
    throw new AppError("forbidden", message, { fields: { scopes: [message] } });
  }
}

/** A token making a token (rotation by script) cannot widen its own rights or outlive itself. */
function assertWithinCallingToken(caller: NonNullable<Actor["token"]>, body: { scopes: TokenScope[]; expires: string }, now: Date): void {
  const missing = normalizeScopes(body.scopes).filter((scope) => !caller.scopes.includes(scope));
  if (missing.length > 0) {
    const message = `This API token lacks the "${missing.join('", "')}" scope, so the tokens it makes cannot have it`;
    throw new AppError("forbidden", message, { fields: { scopes: [message] } });
  }
  const expiry = parseTokenExpiry(body.expires, now);
  if (caller.expiresAt && expiry.ok && (expiry.expiresAt === null || expiry.expiresAt > caller.expiresAt)) {
    const message = `must be no later than ${caller.expiresAt.toISOString()}, when the token making it expires`;
    throw new AppError("forbidden", `Expires ${message}`, { fields: { expires: [message] } });
  }
}

/** The caller's own tokens, newest first, revoked and expired ones included so they can be told apart. */
export async function listOwnApiTokens(actor: Actor | null): Promise<ApiTokenView[]> {
  authorize(actor, "token:create");
  if (!actor.id) return [];
  const rows = await db().apiToken.findMany({ where: { userId: actor.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: TOKEN_VIEW });
  return rows.map(tokenView);
}

/** Revokes one of the caller's tokens at once; revoking it again changes nothing. */
export async function revokeOwnApiToken(input: unknown, actor: Actor | null, now: Date = new Date()): Promise<ApiTokenView> {
  authorize(actor, "token:create");
  const { id } = parseInput(apiTokenIdParamsSchema, input);
  const userId = actor.id;
  if (!userId) throw new AppError("not_found", "The system has no tokens of its own");
  return db().$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id, userId }, select: TOKEN_VIEW });
    if (!token) throw new AppError("not_found", "You have no API token with that id");
    if (token.revokedAt) return tokenView(token);
    const revoked = await tx.apiToken.update({ where: { id }, data: { revokedAt: now }, select: TOKEN_VIEW });
    await recordAudit(tx, actor, { action: "token.revoke", entityType: "ApiToken", entityId: id, before: { revokedAt: null }, after: { revokedAt: now.toISOString() } });
    return tokenView(revoked);
  });
}
