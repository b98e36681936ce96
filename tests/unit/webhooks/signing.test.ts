import { createHmac, timingSafeEqual } from "node:crypto";
import { describe, expect, test } from "vitest";
import { attemptOutcome, DEFAULT_RETRY_SECONDS, httpsRequired, maxAttempts, nextAttemptAt, shortError, webhookBody } from "@/lib/webhooks/delivery";
import { webhookCreateSchema, webhookUpdateSchema } from "@/lib/webhooks/schema";
import { generateWebhookSecret, secretHint, signatureHeader, verifySignature } from "@/lib/webhooks/signing";

const secret = "whsec_test_0123456789abcdefghijkl";
const at = new Date("2026-11-30T12:00:00.000Z");

describe("signing", () => {
  test("the header is t=<unix seconds>,v1=<hex HMAC-SHA256 of `${t}.${body}`>", () => {
    const body = '{"id":"evt_1","event":"claim.approved"}';
    const header = signatureHeader(secret, body, at);
    const t = at.getTime() / 1000;
    expect(header).toBe(`t=${t},v1=${createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")}`);
  });

  test("verification accepts the signature, refuses another body, another secret, garbage and an old timestamp", () => {
    const body = JSON.stringify({ id: "evt_1", event: "claim.approved", createdAt: at.toISOString(), data: { a: "é" } });
    const header = signatureHeader(secret, body, at);
    expect(verifySignature(secret, body, header, new Date(at.getTime() + 60_000))).toEqual({ ok: true, timestamp: at.getTime() / 1000 });
    expect(verifySignature(secret, `${body} `, header, at)).toEqual({ ok: false, reason: "mismatch" });
    expect(verifySignature(`${secret}x`, body, header, at)).toEqual({ ok: false, reason: "mismatch" });
    expect(verifySignature(secret, body, "v1=abc", at)).toEqual({ ok: false, reason: "malformed" });
    expect(verifySignature(secret, body, "nonsense", at)).toEqual({ ok: false, reason: "malformed" });
    expect(verifySignature(secret, body, header, new Date(at.getTime() + 5 * 60_000 + 1000))).toEqual({ ok: false, reason: "too_old" });
  });

  test("the README's recipe verifies what ClaimDesk signs", () => {
    const body = webhookBody("claim.approved", { claim: { id: "c1" } }, at).body;
    const header = signatureHeader(secret, body, at);
    // Same steps as the README: split the header, recompute over `${t}.${body}`, compare in constant time.
    const parts = Object.fromEntries(header.split(",").map((part) => part.split("=", 2) as [string, string]));
    const expected = createHmac("sha256", secret).update(`${parts.t}.${body}`).digest();
    const given = Buffer.from(parts.v1!, "hex");
    expect(given.length === expected.length && timingSafeEqual(given, expected)).toBe(true);
  });

  test("generated secrets are long, random and only hinted at", () => {
    const one = generateWebhookSecret();
    expect(one).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(generateWebhookSecret()).not.toBe(one);
    expect(secretHint(one)).toBe(`${one.slice(0, 10)}…`);
    expect(secretHint("short-secret-24-characters")).toHaveLength(9);
  });
});

describe("backoff", () => {
  test("1 min, 5 min, 30 min, 2 h, 6 h after each failure, then no more: six attempts in all", () => {
    const waits = [1, 2, 3, 4, 5].map((attempts) => (nextAttemptAt(attempts, at)!.getTime() - at.getTime()) / 1000);
    expect(waits).toEqual([60, 300, 1800, 7200, 21600]);
    expect(nextAttemptAt(6, at)).toBeNull();
    expect(nextAttemptAt(0, at)).toBeNull();
    expect(maxAttempts()).toBe(6);
    expect(DEFAULT_RETRY_SECONDS).toHaveLength(5);
    expect(nextAttemptAt(1, at, [2])!.getTime() - at.getTime()).toBe(2000);
  });

  test("2xx delivers, a refusal fails at once, other failures retry while attempts are left", () => {
    expect(attemptOutcome({ status: 204, refused: false }, 1)).toBe("delivered");
    expect(attemptOutcome({ status: 500, refused: false }, 1)).toBe("retry");
    expect(attemptOutcome({ status: 301, refused: false }, 5)).toBe("retry");
    expect(attemptOutcome({ status: 500, refused: false }, 6)).toBe("failed");
    expect(attemptOutcome({ status: null, refused: false }, 2)).toBe("retry");
    expect(attemptOutcome({ status: null, refused: true }, 1)).toBe("failed");
  });

  test("https is required everywhere but development and tests, NODE_ENV unset included", () => {
    expect([undefined, "production", "staging", "development", "test"].map(httpsRequired)).toEqual([true, true, true, false, false]);
  });

  test("errors are flattened and cut short", () => {
    expect(shortError("a\n  b")).toBe("a b");
    expect(shortError("x".repeat(300))).toHaveLength(200);
  });
});

describe("endpoint input", () => {
  test("events are a non-empty subset, kept in a fixed order; unknown fields and short secrets are refused", () => {
    expect(webhookCreateSchema.parse({ url: "https://example.org/hook", events: ["verdict.returned", "claim.approved", "claim.approved"] }).events).toEqual(["claim.approved", "verdict.returned"]);
    expect(webhookCreateSchema.safeParse({ url: "https://example.org/hook", events: [] }).success).toBe(false);
    expect(webhookCreateSchema.safeParse({ url: "https://example.org/hook", events: ["claim.deleted"] }).success).toBe(false);
    expect(webhookCreateSchema.safeParse({ url: "ftp://example.org/hook", events: ["claim.approved"] }).success).toBe(false);
    expect(webhookCreateSchema.safeParse({ url: "https://example.org/hook", events: ["claim.approved"], secret: "short" }).success).toBe(false);
    expect(webhookCreateSchema.safeParse({ url: "https://example.org/hook", events: ["claim.approved"], colour: "red" }).success).toBe(false);
    expect(webhookUpdateSchema.safeParse({}).success).toBe(false);
    expect(webhookUpdateSchema.parse({ secret: true })).toEqual({ secret: true });
  });
});
