import { describe, expect, test } from "vitest";
import { readEnv } from "@/lib/env";
import { db } from "@/lib/server/db/client";
import { pruneOldRecords } from "@/lib/server/jobs/prune";

const DAY_MS = 24 * 60 * 60 * 1000;
const now = new Date("2026-06-30T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);

describe("pruning old records", () => {
  test("deletes finished webhook deliveries and sign-in attempts past their retention, and nothing else", async () => {
    const endpoint = await db().webhookEndpoint.create({ data: { url: "https://hooks.example.org/prune", events: ["claim.approved"], secret: "s".repeat(32) } });
    const delivery = (status: "pending" | "delivered" | "failed", createdAt: Date) =>
      db().webhookDelivery.create({ data: { endpointId: endpoint.id, eventId: `evt_${status}_${createdAt.getTime()}`, event: "claim.approved", body: "{}", status, createdAt } });
    const oldDelivered = await delivery("delivered", daysAgo(31));
    const oldFailed = await delivery("failed", daysAgo(45));
    const oldPending = await delivery("pending", daysAgo(60));
    const recentDelivered = await delivery("delivered", daysAgo(29));
    const attempt = (email: string, createdAt: Date) => db().loginAttempt.create({ data: { email, address: "203.0.113.9", succeeded: false, createdAt } });
    const oldAttempt = await attempt("prune-old@test.local", daysAgo(31));
    const recentAttempt = await attempt("prune-recent@test.local", daysAgo(1));

    const pruned = await pruneOldRecords(now, readEnv({ ...process.env, WEBHOOK_DELIVERY_RETENTION_DAYS: "30", LOGIN_ATTEMPT_RETENTION_DAYS: "30" }));

    const deliveries = await db().webhookDelivery.findMany({ where: { endpointId: endpoint.id }, select: { id: true } });
    expect(deliveries.map((d) => d.id).sort()).toEqual([oldPending.id, recentDelivered.id].sort());
    expect(deliveries.map((d) => d.id)).not.toContain(oldDelivered.id);
    expect(deliveries.map((d) => d.id)).not.toContain(oldFailed.id);
    expect(pruned.webhookDeliveries).toBeGreaterThanOrEqual(2);
    const attempts = await db().loginAttempt.findMany({ where: { id: { in: [oldAttempt.id, recentAttempt.id] } }, select: { id: true } });
    expect(attempts.map((a) => a.id)).toEqual([recentAttempt.id]);
    expect(pruned.loginAttempts).toBeGreaterThanOrEqual(1);

    // A second run finds nothing more of these.
    await pruneOldRecords(now, readEnv({ ...process.env, WEBHOOK_DELIVERY_RETENTION_DAYS: "30", LOGIN_ATTEMPT_RETENTION_DAYS: "30" }));
    expect(await db().webhookDelivery.count({ where: { endpointId: endpoint.id } })).toBe(2);
  });

  test("a retention setting below one day is refused with the setting's name", () => {
    expect(() => readEnv({ ...process.env, WEBHOOK_DELIVERY_RETENTION_DAYS: "0" })).toThrow(/WEBHOOK_DELIVERY_RETENTION_DAYS/);
  });
});
