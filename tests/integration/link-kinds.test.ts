import { describe, expect, test } from "vitest";
import { markNotRelated, recordLink, relatedClaims } from "@/lib/server/claims/related";
import { db } from "@/lib/server/db/client";
import { makeUser } from "./helpers";
import { articleWithClaims } from "./review-fixtures";

describe("linking any suggestion with the kind the checker chose", () => {
  test("records same figure restated, then related; shows the kind; audits both; not related is refused once linked", async () => {
    const checker = await makeUser("fact_checker");
    const viewer = await makeUser("viewer");
    const first = await articleWithClaims(checker);
    const second = await articleWithClaims(checker);
    const [claimId, targetClaimId] = [first.claimIds[0]!, second.claimIds[1]!];

    await expect(recordLink(claimId, { targetClaimId, kind: "same_figure" }, viewer)).rejects.toMatchObject({ code: "forbidden" });
    await expect(recordLink(claimId, { targetClaimId, kind: "maybe" }, checker)).rejects.toMatchObject({ code: "invalid", details: { fields: { kind: expect.any(Array) } } });
    await expect(recordLink(claimId, { targetClaimId: claimId, kind: "related" }, checker)).rejects.toMatchObject({ code: "invalid" });

    // The two claims say different things: the score would not suggest "same", the checker decides.
    await recordLink(claimId, { targetClaimId, kind: "same_figure" }, checker);
    expect(await db().claimLink.findMany({ where: { claimId }, select: { targetClaimId: true, kind: true, createdById: true } })).toEqual([
      { targetClaimId, kind: "same_figure", createdById: checker.id },
    ]);
    expect((await relatedClaims(claimId, viewer)).find((entry) => entry.id === targetClaimId)).toMatchObject({ linked: true, linkKind: "same_figure" });
    expect((await relatedClaims(targetClaimId, viewer)).find((entry) => entry.id === claimId)).toMatchObject({ linkKind: "same_figure" });

    await recordLink(claimId, { targetClaimId, kind: "same_figure" }, checker);
    await recordLink(claimId, { targetClaimId, kind: "related" }, checker);
    expect((await db().claimLink.findFirstOrThrow({ where: { claimId } })).kind).toBe("related");
    const audit = await db().auditEntry.findMany({ where: { entityId: claimId, action: "claim.link" }, orderBy: { id: "asc" }, select: { before: true, after: true } });
    expect(audit).toEqual([
      { before: { link: null }, after: { targetClaimId, kind: "same_figure" } },
      { before: { link: "same_figure" }, after: { targetClaimId, kind: "related" } },
    ]);
    // Nothing about either claim's check changed.
    expect(await db().claim.findMany({ where: { id: { in: [claimId, targetClaimId] } }, select: { status: true } })).toEqual([{ status: "new" }, { status: "new" }]);
    await expect(markNotRelated(claimId, { targetClaimId }, checker)).rejects.toMatchObject({ code: "conflict" });
  });
});
