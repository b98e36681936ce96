import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { assignClaim, takeClaim } from "@/lib/server/claims/assignments";
import { dismissClaim } from "@/lib/server/claims/claims";
import { db } from "@/lib/server/db/client";
import { approvalQueue, dashboard } from "@/lib/server/claims/queues";
import { listClaimPage } from "@/lib/server/claims/claim-list";
import { createRating, listRatings, moveRating, updateRating } from "@/lib/server/settings/ratings";
import { addSource } from "@/lib/server/claims/sources";
import { proposeVerdict, returnVerdict } from "@/lib/server/claims/verdicts";
import { makeUser } from "./helpers";
import { articleWithClaims } from "./review-fixtures";

describe("queues", () => {
  test("my queue lists the claims assigned to me, filterable by state, type and article, with the editor's note", async () => {
    const checker = await makeUser("fact_checker");
    const other = await makeUser("fact_checker");
    const editor = await makeUser("editor");
    const first = await articleWithClaims(checker);
    const second = await articleWithClaims(checker);
    await assignClaim(first.claimIds[0]!, { userId: checker.id }, editor);
    await takeClaim(first.claimIds[1]!, {}, checker);
    await takeClaim(second.claimIds[0]!, {}, checker);
    await takeClaim(second.claimIds[1]!, {}, other);
    await addSource(first.claimIds[1]!, { url: "https://example.org", stance: "refutes" }, checker);
    const verdict = await proposeVerdict(first.claimIds[1]!, { rating: "false", rationale: "No" }, checker);
    await returnVerdict(verdict.id, { note: "Which hospital?" }, editor);

    const myQueue = async (filters: Record<string, string>) => (await listClaimPage({ assignee: "me", state: "open", sort: "waiting", ...filters }, checker)).items;
    const mine = await myQueue({});
    expect(mine.map((claim) => claim.id).sort()).toEqual([first.claimIds[0], first.claimIds[1], second.claimIds[0]].sort());
    expect(await myQueue({ state: "returned" })).toEqual([expect.objectContaining({ id: first.claimIds[1], returnNote: "Which hospital?" })]);
    expect((await myQueue({ articleId: second.articleId })).map((claim) => claim.id)).toEqual([second.claimIds[0]]);
    expect(await myQueue({ type: "military" })).toEqual([]);
    await expect(myQueue({ state: "lost" })).rejects.toMatchObject({ code: "invalid", details: { fields: { state: expect.any(Array) } } });
  });

  test("the approval queue pages proposed verdicts oldest first with context, sources and rationale", async () => {
    const checker = await makeUser("fact_checker");
    const editor = await makeUser("editor");
    const proposed: string[] = [];
    for (let round = 0; round < 2; round++) {
      const { claimIds } = await articleWithClaims(checker);
      for (const claimId of claimIds) {
        await takeClaim(claimId, {}, checker);
        await addSource(claimId, { url: `https://example.org/${claimId}`, stance: "supports", excerpt: "quoted" }, checker);
        proposed.push((await proposeVerdict(claimId, { rating: "true", rationale: `Rationale ${proposed.length}` }, checker)).id);
      }
    }
    const page1 = await approvalQueue({ limit: 4 }, editor);
    expect(page1.total).toBe(6);
    expect(page1.items.map((item) => item.id)).toEqual(proposed.slice(0, 4));
    expect(page1.items[0]).toMatchObject({
      rationale: "Rationale 0",
      rating: { key: "true", label: "True" },
      author: { name: checker.name },
      mine: false,
      context: { quote: expect.stringContaining("40 of 45 drones") },
      claim: { sources: [expect.objectContaining({ excerpt: "quoted", stance: "supports" })] },
    });
    expect(page1.items[1]!.context.before).toContain("40 of 45 drones");
    const page2 = await approvalQueue({ limit: 4, cursor: page1.nextCursor! }, editor);
    expect(page2.items.map((item) => item.id)).toEqual(proposed.slice(4));
    expect(page2.nextCursor).toBeNull();
    await expect(approvalQueue({}, checker)).rejects.toMatchObject({ code: "forbidden" });
    await expect(approvalQueue({ cursor: "garbage" }, editor)).rejects.toMatchObject({ code: "invalid" });
  });

  test("the dashboard counts claims by state, type and checker and lists the oldest waiting items", async () => {
    const checker = await makeUser("fact_checker");
    const { claimIds } = await articleWithClaims(checker);
    await takeClaim(claimIds[0]!, {}, checker);
    await takeClaim(claimIds[1]!, {}, checker);
    await dismissClaim(claimIds[2]!, { reason: "Not checkable" }, checker);
    await addSource(claimIds[1]!, { url: "https://example.org", stance: "supports" }, checker);
    const verdict = await proposeVerdict(claimIds[1]!, { rating: "true", rationale: "Yes" }, checker);
    const counts = await dashboard(await makeUser("viewer"));
    const before = await db().claim.count();
    expect(counts.claims).toBe(before);
    expect(counts.byState.dismissed).toBeGreaterThanOrEqual(1);
    expect(counts.checkers.find((row) => row.userId === checker.id)).toEqual({ userId: checker.id, name: checker.name, counts: { in_review: 1, proposed: 1 } });
    const queue = await approvalQueue({ limit: 5 }, await makeUser("editor"));
    expect(queue.total).toBe(counts.byState.proposed);
    expect(await db().verdict.findUniqueOrThrow({ where: { id: verdict.id } })).toMatchObject({ state: "proposed" });
    expect(counts.oldestProposed.map((item) => item.id)).toEqual(queue.items.map((item) => item.id));
    const waiting = await db().claim.findMany({ where: { status: { in: ["in_review", "returned"] } }, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], take: 5 });
    expect(counts.oldestInWork.map((item) => item.id)).toEqual(waiting.map((claim) => claim.id));
    expect(Object.values(counts.byType).reduce((sum, count) => sum + count, 0)).toBe(before);
  });
});

describe("the rating scale", () => {
  test("an admin adds, renames, retires and reorders ratings; keys stay stable; others may not", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    const key = `satire_${randomUUID().slice(0, 6)}`;
    const original = await listRatings(admin, { includeInactive: true });
    try {
      const added = await createRating({ key, label: "Satire", value: 0 }, admin);
      expect(added.position).toBe(Math.max(...original.map((rating) => rating.position)) + 1);
      await expect(createRating({ key, label: "Again", value: 0 }, admin)).rejects.toMatchObject({ code: "invalid", details: { fields: { key: ["already used"] } } });
      await expect(createRating({ key: "Bad Key", label: "x", value: "high" }, admin)).rejects.toMatchObject({ code: "invalid", details: { fields: { key: expect.any(Array), value: expect.any(Array) } } });
      await expect(createRating({ key: "x", label: "x", value: 1 }, editor)).rejects.toMatchObject({ code: "forbidden" });

      await updateRating({ key: "mixed", label: "Half true", value: 3, active: true }, admin);
      await moveRating({ key, direction: "up" }, admin);
      const order = (await listRatings(admin)).map((rating) => rating.key);
      expect(order.at(-2)).toBe(key);
      expect((await listRatings(admin)).find((rating) => rating.key === "mixed")?.label).toBe("Half true");

      await updateRating({ key, label: "Satire", value: 0, active: false }, admin);
      expect((await listRatings(admin)).map((rating) => rating.key)).not.toContain(key);
      const checker = await makeUser("fact_checker");
      const { claimIds } = await articleWithClaims(checker);
      await takeClaim(claimIds[0]!, {}, checker);
      await addSource(claimIds[0]!, { url: "https://example.org", stance: "supports" }, checker);
      await expect(proposeVerdict(claimIds[0]!, { rating: key, rationale: "retired" }, checker)).rejects.toMatchObject({ code: "invalid" });
      expect(await db().auditEntry.count({ where: { entityType: "Rating", entityId: key } })).toBe(3);
    } finally {
      // The scale survives between test files: put it back as it was.
      await db().rating.deleteMany({ where: { key } });
      for (const rating of original) await db().rating.update({ where: { key: rating.key }, data: rating });
    }
  });
});
