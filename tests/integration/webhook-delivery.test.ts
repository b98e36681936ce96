import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { db } from "@/lib/server/db/client";
import { deliverWebhook } from "@/lib/server/webhooks/deliver";
import { createWebhookEndpoint } from "@/lib/server/webhooks/endpoints";
import { recordWebhookEvent } from "@/lib/server/webhooks/outbox";
import type { WebhookEvent } from "@/lib/webhooks/schema";
import { makeUser } from "./helpers";
import { readmeVerifier, webhookReceiver } from "./webhook-receiver";

// No workers in this file: each attempt is run by the test, with its own clock, so a retry an hour
// away is tested without waiting for it.
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
beforeAll(async () => {
  receiver = await webhookReceiver({
    "/flaky": [{ status: 500 }, { status: 200 }],
    "/down": [{ status: 503 }],
    "/slow": [{ status: 200, delayMs: 3000 }],
  });
});
afterAll(() => receiver.close());

async function endpointAt(url: string, events: WebhookEvent[] = ["claim.approved"]) {
  const admin = await makeUser("admin");
  return createWebhookEndpoint({ url, events }, admin);
}

async function deliveryFor(endpointId: string, event: WebhookEvent = "claim.approved") {
  const ids = await db().$transaction((tx) => recordWebhookEvent(tx, event, { claim: { id: "claim-1" } }));
  return db().webhookDelivery.findFirstOrThrow({ where: { id: { in: ids }, endpointId } });
}

const reload = (id: string) => db().webhookDelivery.findUniqueOrThrow({ where: { id }, include: { attemptLog: { orderBy: { number: "asc" } } } });

describe("a delivery attempt", () => {
  test("a receiver answering 500 gets the same signed body again at the backoff's time, then it is delivered", async () => {
    const endpoint = await endpointAt(`${receiver.base}/flaky`);
    const delivery = await deliveryFor(endpoint.id);
    const start = new Date();
    const options = { allowPrivate: true, requireHttps: false };

    const first = await deliverWebhook(delivery.id, { ...options, now: () => start });
    expect(first).toEqual({ outcome: "retry", nextAttemptAt: new Date(start.getTime() + 60_000) });
    // Not due yet: a duplicate job does nothing.
    expect(await deliverWebhook(delivery.id, { ...options, now: () => new Date(start.getTime() + 30_000) })).toEqual({ outcome: "skipped", nextAttemptAt: null });
    expect(receiver.at("/flaky")).toHaveLength(1);

    const later = new Date(start.getTime() + 61_000);
    expect(await deliverWebhook(delivery.id, { ...options, now: () => later })).toEqual({ outcome: "delivered", nextAttemptAt: null });
    const requests = receiver.at("/flaky");
    expect(requests).toHaveLength(2);
    expect(requests[1]!.body).toBe(requests[0]!.body);
    expect(requests[1]!.headers["claimdesk-signature"]).toMatch(new RegExp(`^t=${Math.floor(later.getTime() / 1000)},v1=[0-9a-f]{64}$`));

    const stored = await reload(delivery.id);
    expect(stored).toMatchObject({ status: "delivered", attempts: 2, responseStatus: 200, lastError: null });
    expect(stored.attemptLog.map(({ number, responseStatus, outcome, error }) => ({ number, responseStatus, outcome, error }))).toEqual([
      { number: 1, responseStatus: 500, outcome: "retry", error: "answered HTTP 500" },
      { number: 2, responseStatus: 200, outcome: "delivered", error: null },
    ]);
    // Delivered is final: a late duplicate job sends nothing.
    expect((await deliverWebhook(delivery.id, { ...options, now: () => new Date(later.getTime() + 3600_000) })).outcome).toBe("skipped");
    expect(receiver.at("/flaky")).toHaveLength(2);
  });

  test("after six failed attempts (1 min, 5 min, 30 min, 2 h, 6 h apart) the delivery is failed", async () => {
    const endpoint = await endpointAt(`${receiver.base}/down`);
    const delivery = await deliveryFor(endpoint.id);
    let now = new Date();
    const waits: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt++) {
      const result = await deliverWebhook(delivery.id, { allowPrivate: true, requireHttps: false, now: () => now });
      expect(result.outcome).toBe(attempt < 6 ? "retry" : "failed");
      if (result.nextAttemptAt) {
        waits.push((result.nextAttemptAt.getTime() - now.getTime()) / 1000);
        now = result.nextAttemptAt;
      }
    }
    expect(waits).toEqual([60, 300, 1800, 7200, 21600]);
    expect(await reload(delivery.id)).toMatchObject({ status: "failed", attempts: 6, responseStatus: 503, lastError: "answered HTTP 503" });
    expect(receiver.at("/down")).toHaveLength(6);
  });

  test("a private address is refused and recorded failed at once, not retried, whether literal or by name", async () => {
    // The admin setting is off, as in any deployment that has not allowed private addresses.
    for (const host of ["127.0.0.1", "localhost"]) {
      const before = receiver.received.length;
      const endpoint = await endpointAt(`${receiver.base.replace("127.0.0.1", host)}/private`);
      const delivery = await deliveryFor(endpoint.id);
      expect(await deliverWebhook(delivery.id, { requireHttps: false })).toEqual({ outcome: "failed", nextAttemptAt: null });
      const stored = await reload(delivery.id);
      expect(stored).toMatchObject({ status: "failed", attempts: 1, responseStatus: null });
      expect(stored.lastError).toMatch(/^refused: .*private or local address/);
      expect(stored.attemptLog).toHaveLength(1);
      expect(receiver.received.length).toBe(before);
    }
  });

  test("in production an http address is refused, not retried; registering one is refused too", async () => {
    const endpoint = await endpointAt(`${receiver.base}/plain`);
    const delivery = await deliveryFor(endpoint.id);
    expect(await deliverWebhook(delivery.id, { allowPrivate: true, requireHttps: true })).toEqual({ outcome: "failed", nextAttemptAt: null });
    expect(await reload(delivery.id)).toMatchObject({ status: "failed", attempts: 1, lastError: "refused: webhooks must use https" });
    expect(receiver.at("/plain")).toHaveLength(0);

    vi.stubEnv("NODE_ENV", "production");
    try {
      await expect(endpointAt(`${receiver.base}/plain`)).rejects.toMatchObject({ code: "invalid", details: { fields: { url: ["must be an https address"] } } });
    } finally {
      vi.unstubAllEnvs();
    }
  });

  test("a receiver slower than the time limit is a failed attempt, retried later", async () => {
    const endpoint = await endpointAt(`${receiver.base}/slow`);
    const delivery = await deliveryFor(endpoint.id);
    // The receiver answers 200 after 3 s: a "retry" outcome naming the 0.3 s limit shows the attempt was cut at the limit (no wall-clock bound needed).
    const result = await deliverWebhook(delivery.id, { allowPrivate: true, requireHttps: false, timeoutMs: 300 });
    expect(result.outcome).toBe("retry");
    expect(await reload(delivery.id)).toMatchObject({ status: "pending", attempts: 1, lastError: "no answer within 0.3 s", responseStatus: null });
  });

  test("a paused endpoint gets no new events; a delivery already waiting for it is failed, not sent", async () => {
    const endpoint = await endpointAt(`${receiver.base}/paused`);
    const delivery = await deliveryFor(endpoint.id);
    await db().webhookEndpoint.update({ where: { id: endpoint.id }, data: { active: false } });
    const ids = await db().$transaction((tx) => recordWebhookEvent(tx, "claim.approved", { claim: { id: "claim-2" } }));
    expect(await db().webhookDelivery.count({ where: { id: { in: ids }, endpointId: endpoint.id } })).toBe(0);
    expect(await deliverWebhook(delivery.id, { allowPrivate: true, requireHttps: false })).toEqual({ outcome: "failed", nextAttemptAt: null });
    expect(await reload(delivery.id)).toMatchObject({ status: "failed", lastError: "the endpoint is paused" });
    expect(receiver.at("/paused")).toHaveLength(0);
  });

  test("only subscribed endpoints get an event; the signature verifies with the README's recipe", async () => {
    const verify = await readmeVerifier();
    const approvals = await endpointAt(`${receiver.base}/approvals`, ["claim.approved"]);
    const imports = await endpointAt(`${receiver.base}/imports`, ["article.imported"]);
    const delivery = await deliveryFor(approvals.id);
    expect(await db().webhookDelivery.count({ where: { endpointId: imports.id } })).toBe(0);
    await deliverWebhook(delivery.id, { allowPrivate: true, requireHttps: false });
    const [request] = receiver.at("/approvals");
    expect(verify(request!.body, String(request!.headers["claimdesk-signature"]), approvals.secret!)).toBe(true);
    expect(verify(request!.body, String(request!.headers["claimdesk-signature"]), `${approvals.secret}x`)).toBe(false);
    expect(verify(`${request!.body} `, String(request!.headers["claimdesk-signature"]), approvals.secret!)).toBe(false);
  });
});
