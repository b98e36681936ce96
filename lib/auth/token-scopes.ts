import type { Role } from "./roles";

/**
 * What an API token may do. `write` includes `read` (a client that changes things needs to see them;
 * a write-only token protects nothing). `admin` is needed for everything under /api/v1/admin/ and is
 * given only to admins' tokens. A scope never adds a right the owner's role lacks: the role is checked
 * as well, on every request.
 */
export const TOKEN_SCOPES = ["read", "write", "admin"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const TOKEN_SCOPE_LABELS: Record<TokenScope, string> = {
  read: "Read",
  write: "Write (includes read)",
  admin: "Admin",
};

export const ADMIN_API_PREFIX = "/api/v1/admin/";

/** The scope a request needs: GET and HEAD read, every other method writes, admin paths need `admin`. */
export function requiredScope(method: string, pathname: string): TokenScope {
  if (pathname.startsWith(ADMIN_API_PREFIX) || pathname === ADMIN_API_PREFIX.slice(0, -1)) return "admin";
  const upper = method.toUpperCase();
  return upper === "GET" || upper === "HEAD" ? "read" : "write";
}

/** The scopes a token is stored with: `write` brings `read`, in a fixed order. */
export function normalizeScopes(scopes: readonly TokenScope[]): TokenScope[] {
  const chosen = new Set(scopes);
  if (chosen.has("write")) chosen.add("read");
  return TOKEN_SCOPES.filter((scope) => chosen.has(scope));
}

/** Everything a role's token can be given; also what tokens issued without scopes get. */
export function scopesForRole(role: Role): TokenScope[] {
  return role === "admin" ? [...TOKEN_SCOPES] : ["read", "write"];
}

export function hasScope(scopes: readonly TokenScope[], needed: TokenScope): boolean {
  return normalizeScopes(scopes).includes(needed);
}
