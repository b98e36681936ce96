import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "ClaimDesk-Signature";
export const EVENT_HEADER = "ClaimDesk-Event";
export const DELIVERY_HEADER = "ClaimDesk-Delivery";
/** A receiver should refuse a signature older than this (a replayed request). */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

/** A fresh secret: 32 random bytes, prefixed so it is recognisable in a configuration file. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

/** Enough of a secret to tell two apart on a page, never enough to use. */
export function secretHint(secret: string): string {
  return `${secret.slice(0, Math.min(10, Math.floor(secret.length / 3)))}…`;
}

export function signatureDigest(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

/** The header value: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">` (Stripe's scheme). */
export function signatureHeader(secret: string, body: string, now: Date): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${signatureDigest(secret, timestamp, body)}`;
}

export type SignatureCheck = { ok: true; timestamp: number } | { ok: false; reason: "malformed" | "mismatch" | "too_old" };

/** What a receiver does (the README shows the same steps): recompute, compare in constant time, refuse old timestamps. */
export function verifySignature(secret: string, body: string, header: string, now: Date, toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS): SignatureCheck {
  const parts = new Map<string, string[]>();
  for (const piece of header.split(",")) {
    const [key, value] = piece.split("=", 2);
    if (!key || value === undefined) return { ok: false, reason: "malformed" };
    parts.set(key.trim(), [...(parts.get(key.trim()) ?? []), value.trim()]);
  }
  const timestamp = Number(parts.get("t")?.[0]);
  const candidates = parts.get("v1") ?? [];
  if (!Number.isInteger(timestamp) || candidates.length === 0) return { ok: false, reason: "malformed" };
  const expected = Buffer.from(signatureDigest(secret, timestamp, body), "hex");
  const matches = candidates.some((candidate) => {
    const given = Buffer.from(candidate, "hex");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!matches) return { ok: false, reason: "mismatch" };
  if (Math.abs(now.getTime() / 1000 - timestamp) > toleranceSeconds) return { ok: false, reason: "too_old" };
  return { ok: true, timestamp };
}
