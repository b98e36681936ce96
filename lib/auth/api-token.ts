import { createHash, randomBytes } from "node:crypto";

const PREFIX = "cd_";

export interface NewApiToken {
  token: string;
  tokenHash: string;
  prefix: string;
}

export function generateApiToken(): NewApiToken {
  const token = PREFIX + randomBytes(32).toString("base64url");
  return { token, tokenHash: hashApiToken(token), prefix: token.slice(0, PREFIX.length + 6) };
}

export function hashApiToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The token from an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null): string | null {
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1] ?? null;
}
