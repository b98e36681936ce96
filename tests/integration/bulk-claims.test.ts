import { describe, expect, test } from "vitest";
import { updateClaim } from "@/lib/server/claims/claims";
import { bulkChangeClaims } from "@/lib/server/claims/bulk";
import { db } from "@/lib/server/db/client";
import { errorResponse } from "@/lib/server/http/http";
import { makeUser } from "./helpers";
import { articleWithClaims } from "./review-fixtures";

const refs = (ids: string[], version = 1) => ids.map((id) => ({ id, version }));

async function refused(call: () => Promise<unknown>) {
  try {
    await call();
  } catch (error) {
    const response = errorResponse(error);
    return { status: response.status, ...(await response.json()).error };
  }
  throw new Error("expected a refusal");
}

describe("bulk actions on claims", () => {
  test("a partial conflict changes the others and reports which claims were skipped and why", async () => {
    const checker = await makeUser("fact_checker");
    const rival = await makeUser("fact_checker");
    const { claimIds } = await articleWithClaims(checker);
    await updateClaim(claimIds[1]!, { version: 1, statement: "Changed meanwhile" }, rival);

    const result = await bulkChangeClaims({ action: "take", ids: refs(claimIds) }, checker);
    expect(result.done).toEqual([{ id: claimIds[0], version: 2 }, { id: claimIds[2], version: 2 }]);
    expect(result.skipped).toEqual([{ id: claimIds[1], code: "conflict", reason: expect.stringContaining(rival.name) }]);
    const claims = await db().claim.findMany({ where: { id: { in: claimIds } }, orderBy: { start: "asc" }, select: { id: true, status: true, assigneeId: true, version: true } });
    expect(claims.map((claim) => [claim.status, claim.assigneeId])).toEqual([["in_review", checker.id], ["new", null], ["in_review", checker.id]]);
    const audit = await db().auditEntry.findMany({ where: { entityId: { in: claimIds }, action: "claim.take" }, select: { entityId: true } });
    expect(audit.map((entry) => entry.entityId).sort()).toEqual([claimIds[0], claimIds[2]].sort());
  });

  test("assign, change type, dismiss and restore, each by the workflow's rules", async () => {
    const checker = await makeUser("fact_checker");
    const editor = await makeUser("editor");
    const { claimIds } = await articleWithClaims(checker);
    const assigned = await bulkChangeClaims({ action: "assign", userId: checker.id, ids: refs(claimIds) }, editor);
    expect(assigned.done).toHaveLength(3);
    const retyped = await bulkChangeClaims({ action: "retype", type: "casualties", ids: refs(claimIds, 2) }, checker);
    expect(retyped.done).toHaveLength(3);
    expect(new Set((await db().claim.findMany({ where: { id: { in: claimIds } }, select: { type: true } })).map((claim) => claim.type))).toEqual(new Set(["casualties"]));

    const dismissed = await bulkChangeClaims({ action: "dismiss", reason: "Not check-worthy", ids: refs(claimIds.slice(0, 2), 3) }, checker);
    expect(dismissed.done).toHaveLength(2);
    // Restoring a claim that was never dismissed is skipped with the workflow's reason.
    const restored = await bulkChangeClaims({ action: "restore", ids: [...refs(claimIds.slice(0, 2), 4), { id: claimIds[2]!, version: 3 }] }, checker);
    expect(restored.done.map((entry) => entry.id)).toEqual(claimIds.slice(0, 2));
    expect(restored.skipped).toEqual([{ id: claimIds[2], code: "invalid", reason: expect.stringContaining("Cannot restore") }]);
    const unknown = await bulkChangeClaims({ action: "take", ids: [{ id: "no-such-claim", version: 1 }] }, checker);
    expect(unknown.skipped).toEqual([{ id: "no-such-claim", code: "not_found", reason: "No such claim" }]);
  });

  test("refuses more than 1,000 claims, missing action fields, and roles that may not", async () => {
    const checker = await makeUser("fact_checker");
    const viewer = await makeUser("viewer");
    const many = Array.from({ length: 1001 }, (_, index) => ({ id: `claim-${index}`, version: 1 }));
    const tooMany = await refused(() => bulkChangeClaims({ action: "take", ids: many }, checker));
    expect(tooMany).toMatchObject({ status: 400, fields: { ids: [expect.stringContaining("At most 1,000 claims")] } });
    expect(tooMany.message).toContain("At most 1,000 claims");
    expect(await refused(() => bulkChangeClaims({ action: "dismiss", ids: refs(["x"]) }, checker))).toMatchObject({ status: 400, fields: { reason: expect.any(Array) } });
    expect(await refused(() => bulkChangeClaims({ action: "retype", type: "weather", ids: refs(["x"]) }, checker))).toMatchObject({ status: 400, fields: { type: expect.any(Array) } });
    expect(await refused(() => bulkChangeClaims({ action: "explode", ids: refs(["x"]) }, checker))).toMatchObject({ status: 400, fields: { action: expect.any(Array) } });
    expect(await refused(() => bulkChangeClaims({ action: "assign", userId: checker.id, ids: refs(["x"]) }, checker))).toMatchObject({ status: 403 });
    expect(await refused(() => bulkChangeClaims({ action: "take", ids: refs(["x"]) }, viewer))).toMatchObject({ status: 403 });
  });
});
