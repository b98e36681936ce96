import { describe, expect, test } from "vitest";
import { assignArticle, assignClaim, takeClaim } from "@/lib/server/claims/assignments";
import { dismissClaim, reopenClaim, restoreClaim, updateClaim } from "@/lib/server/claims/claims";
import { db } from "@/lib/server/db/client";
import { getClaimHistory } from "@/lib/server/claims/history";
import { addSource } from "@/lib/server/claims/sources";
import { approveVerdict, proposeVerdict, returnVerdict } from "@/lib/server/claims/verdicts";
import { makeUser } from "./helpers";
import { articleWithClaims, readyClaim, status, version } from "./review-fixtures";

describe("claim workflow transitions", () => {
  test("new → in_review → proposed → returned → proposed → approved, each step audited", async () => {
    const checker = await makeUser("fact_checker");
    const editor = await makeUser("editor");
    const { claimIds } = await articleWithClaims(checker);
    const claimId = claimIds[0]!;
    expect(await status(claimId)).toBe("new");

    await assignClaim(claimId, { userId: checker.id, version: 1 }, editor);
    expect(await status(claimId)).toBe("in_review");
    await addSource(claimId, { url: "https://example.org/a", stance: "refutes" }, checker);

    const first = await proposeVerdict(claimId, { rating: "false", rationale: "The air force later said 38." }, checker);
    expect(first).toMatchObject({ state: "proposed" });
    expect(await status(claimId)).toBe("proposed");

    await returnVerdict(first.id, { note: "Cite the later statement." }, editor);
    expect(await status(claimId)).toBe("returned");
    expect(await db().verdict.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ state: "returned", note: "Cite the later statement.", decidedById: editor.id });

    const second = await proposeVerdict(claimId, { rating: "mostly_false", rationale: "The later statement gives 38 of 45." }, checker);
    await approveVerdict(second.id, {}, editor);
    expect(await status(claimId)).toBe("approved");

    const history = await getClaimHistory(claimId, checker);
    expect(history.map((entry) => entry.action)).toEqual([
      "claim.create",
      "claim.assign",
      "source.add",
      "verdict.propose",
      "verdict.return",
      "verdict.propose",
      "verdict.approve",
    ]);
    expect(history[1]).toMatchObject({ actor: editor.name, before: { status: "new", assigneeId: null }, after: { status: "in_review", assigneeId: checker.id } });
    expect(history[4]?.after).toMatchObject({ note: "Cite the later statement.", status: "returned" });
  });

  test("a checker takes a claim; dismiss needs a reason and restore brings it back", async () => {
    const checker = await makeUser("fact_checker");
    const { claimIds } = await articleWithClaims(checker);
    const [taken, dismissed] = claimIds;
    expect(await takeClaim(taken!, { version: 1 }, checker)).toMatchObject({ state: "in_review", assigneeId: checker.id, version: 2 });

    await expect(dismissClaim(dismissed!, { reason: " " }, checker)).rejects.toMatchObject({ code: "invalid", details: { fields: { reason: ["Reason is required"] } } });
    await dismissClaim(dismissed!, { reason: "Opinion, not a checkable fact" }, checker);
    expect(await db().claim.findUniqueOrThrow({ where: { id: dismissed! } })).toMatchObject({ status: "dismissed", dismissedReason: "Opinion, not a checkable fact" });
    await expect(proposeVerdict(dismissed!, { rating: "unverifiable", rationale: "x" }, checker)).rejects.toMatchObject({ code: "invalid" });
    await restoreClaim(dismissed!, {}, checker);
    expect(await db().claim.findUniqueOrThrow({ where: { id: dismissed! } })).toMatchObject({ status: "new", dismissedReason: null });
  });

  test("invalid transitions are refused and change nothing", async () => {
    const checker = await makeUser("fact_checker");
    const editor = await makeUser("editor");
    const { claimIds } = await articleWithClaims(checker);
    const claimId = claimIds[0]!;
    const audit = await db().auditEntry.count();
    await expect(proposeVerdict(claimId, { rating: "unverifiable", rationale: "Nothing published" }, checker)).rejects.toMatchObject({ code: "invalid", message: expect.stringContaining("nobody has taken") });
    await expect(reopenClaim(claimId, { reason: "why not" }, editor)).rejects.toMatchObject({ code: "invalid" });
    await expect(restoreClaim(claimId, {}, checker)).rejects.toMatchObject({ code: "invalid" });
    expect(await status(claimId)).toBe("new");
    expect(await version(claimId)).toBe(1);
    expect(await db().auditEntry.count()).toBe(audit);
    expect(await db().verdict.count({ where: { claimId } })).toBe(0);
  });

  test("roles: viewers change nothing, checkers cannot assign or decide", async () => {
    const checker = await makeUser("fact_checker");
    const viewer = await makeUser("viewer");
    const { claimId } = await readyClaim(checker);
    await expect(updateClaim(claimId, { version: await version(claimId), statement: "x" }, viewer)).rejects.toMatchObject({ code: "forbidden" });
    await expect(addSource(claimId, { url: "https://example.org", stance: "context" }, viewer)).rejects.toMatchObject({ code: "forbidden" });
    await expect(takeClaim(claimId, {}, viewer)).rejects.toMatchObject({ code: "forbidden" });
    await expect(assignClaim(claimId, { userId: checker.id }, checker)).rejects.toMatchObject({ code: "forbidden" });
    const verdict = await proposeVerdict(claimId, { rating: "true", rationale: "Matches the statement." }, checker);
    await expect(approveVerdict(verdict.id, {}, checker)).rejects.toMatchObject({ code: "forbidden" });
    await expect(returnVerdict(verdict.id, { note: "no" }, viewer)).rejects.toMatchObject({ code: "forbidden" });
    expect(await status(claimId)).toBe("proposed");
  });

  test("assigning to a viewer or an unknown user is refused with a field error", async () => {
    const checker = await makeUser("fact_checker");
    const editor = await makeUser("editor");
    const viewer = await makeUser("viewer");
    const { claimIds } = await articleWithClaims(checker);
    for (const userId of [viewer.id, "no-such-user"]) {
      await expect(assignClaim(claimIds[0]!, { userId }, editor)).rejects.toMatchObject({ code: "invalid", details: { fields: { userId: expect.any(Array) } } });
    }
    await expect(assignClaim("no-such-claim", { userId: checker.id }, editor)).rejects.toMatchObject({ code: "not_found" });
  });

  test("an editor assigns a whole article; claims already in work for that person or decided are left alone", async () => {
    const checker = await makeUser("fact_checker");
    const other = await makeUser("fact_checker");
    const editor = await makeUser("editor");
    const { articleId, claimIds } = await articleWithClaims(checker);
    await dismissClaim(claimIds[2]!, { reason: "Not check-worthy" }, checker);
    expect(await assignArticle({ articleId, userId: other.id }, editor)).toEqual({ assigned: 2 });
    const claims = await db().claim.findMany({ where: { articleId }, orderBy: { start: "asc" } });
    expect(claims.map((claim) => [claim.status, claim.assigneeId])).toEqual([
      ["in_review", other.id],
      ["in_review", other.id],
      ["dismissed", null],
    ]);
    expect(await assignArticle({ articleId, userId: other.id }, editor)).toEqual({ assigned: 0 });
    await expect(assignArticle({ articleId: "nope", userId: other.id }, editor)).rejects.toMatchObject({ code: "not_found" });
  });
});

describe("verdict rules", () => {
  test("a verdict needs a source unless the rating is unverifiable, and a rationale always", async () => {
    const checker = await makeUser("fact_checker");
    const { claimIds } = await articleWithClaims(checker);
    const claimId = claimIds[1]!;
    await takeClaim(claimId, {}, checker);
    await expect(proposeVerdict(claimId, { rating: "false", rationale: "Hospital figures differ" }, checker)).rejects.toMatchObject({
      code: "invalid",
      details: { fields: { rating: [expect.stringContaining("at least one source")] } },
    });
    await expect(proposeVerdict(claimId, { rating: "unverifiable" }, checker)).rejects.toMatchObject({ code: "invalid", details: { fields: { rationale: ["Rationale is required"] } } });
    await expect(proposeVerdict(claimId, { rating: "pants_on_fire", rationale: "x" }, checker)).rejects.toMatchObject({ code: "invalid", details: { fields: { rating: expect.any(Array) } } });
    expect(await db().verdict.count({ where: { claimId } })).toBe(0);
    expect(await status(claimId)).toBe("in_review");
    expect(await proposeVerdict(claimId, { rating: "unverifiable", rationale: "No independent casualty figures exist yet." }, checker)).toMatchObject({ state: "proposed" });
  });

  test("an editor cannot approve or return a verdict they proposed; a colleague can", async () => {
    const editor = await makeUser("editor");
    const colleague = await makeUser("editor");
    const { claimId } = await readyClaim(editor);
    const verdict = await proposeVerdict(claimId, { rating: "true", rationale: "Confirmed by the air force." }, editor);
    await expect(approveVerdict(verdict.id, {}, editor)).rejects.toMatchObject({ code: "forbidden", message: "You cannot decide a verdict you proposed" });
    await expect(returnVerdict(verdict.id, { note: "self" }, editor)).rejects.toMatchObject({ code: "forbidden" });
    await approveVerdict(verdict.id, {}, colleague);
    expect(await status(claimId)).toBe("approved");
    await expect(approveVerdict(verdict.id, {}, colleague)).rejects.toMatchObject({ code: "invalid", message: expect.stringContaining("already approved") });
    await expect(approveVerdict("no-such-verdict", {}, colleague)).rejects.toMatchObject({ code: "not_found" });
  });

  test("returning needs a note", async () => {
    const checker = await makeUser("fact_checker");
    const editor = await makeUser("editor");
    const { claimId } = await readyClaim(checker);
    const verdict = await proposeVerdict(claimId, { rating: "true", rationale: "ok" }, checker);
    await expect(returnVerdict(verdict.id, { note: "" }, editor)).rejects.toMatchObject({ code: "invalid", details: { fields: { note: ["Note is required"] } } });
    expect(await status(claimId)).toBe("proposed");
  });
});

describe("approval locks the claim until an editor reopens it", () => {
  test("statement, span, type, figures, sources and verdict are locked; reopening with a reason unlocks and is recorded", async () => {
    const checker = await makeUser("fact_checker");
    const editor = await makeUser("editor");
    const { claimId } = await readyClaim(checker);
    const verdict = await proposeVerdict(claimId, { rating: "true", rationale: "Confirmed." }, checker);
    await approveVerdict(verdict.id, {}, editor);
    const v = await version(claimId);
    const source = await db().source.findFirstOrThrow({ where: { claimId } });
    const { updateSource, removeSource } = await import("@/lib/server/claims/sources");
    const attempts = [
      () => updateClaim(claimId, { version: v, statement: "changed" }, checker),
      () => updateClaim(claimId, { version: v, type: "military" }, editor),
      () => updateClaim(claimId, { version: v, figures: [] }, checker),
      () => addSource(claimId, { url: "https://example.org/b", stance: "context" }, checker),
      () => updateSource(source.id, { url: "https://example.org/c", stance: "context" }, checker),
      () => removeSource(source.id, {}, checker),
      () => proposeVerdict(claimId, { rating: "false", rationale: "new" }, checker),
      () => dismissClaim(claimId, { reason: "no" }, checker),
    ];
    for (const attempt of attempts) await expect(attempt()).rejects.toMatchObject({ code: "invalid", message: expect.stringContaining("reopen") });
    expect(await version(claimId)).toBe(v);

    await expect(reopenClaim(claimId, { reason: "fix" }, checker)).rejects.toMatchObject({ code: "forbidden" });
    await expect(reopenClaim(claimId, { reason: "" }, editor)).rejects.toMatchObject({ code: "invalid" });
    await reopenClaim(claimId, { version: v, reason: "The ministry corrected the figure" }, editor);
    expect(await status(claimId)).toBe("in_review");
    await updateClaim(claimId, { version: v + 1, statement: "The air force shot down 38 of 45 drones." }, checker);
    const history = await getClaimHistory(claimId, editor);
    expect(history.at(-2)).toMatchObject({ action: "claim.reopen", actor: editor.name, before: { status: "approved" }, after: { status: "in_review", reason: "The ministry corrected the figure" } });
    expect(await db().verdict.findUniqueOrThrow({ where: { id: verdict.id } })).toMatchObject({ state: "approved" });
  });
});

describe("optimistic locking", () => {
  test("a change based on a stale version is refused, names who changed it and when, and overwrites nothing", async () => {
    const checker = await makeUser("fact_checker");
    const rival = await makeUser("fact_checker");
    const { claimIds } = await articleWithClaims(checker);
    const claimId = claimIds[0]!;
    await updateClaim(claimId, { version: 1, statement: "First edit" }, rival);
    const changed = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    const audit = await db().auditEntry.count();

    const error = await updateClaim(claimId, { version: 1, statement: "Second edit" }, checker).catch((caught) => caught);
    expect(error).toMatchObject({ code: "conflict", details: { changedBy: rival.name, changedAt: changed.updatedAt.toISOString(), currentVersion: 2 } });
    expect(error.message).toContain(rival.name);
    expect(error.message).toContain("reload");
    for (const attempt of [
      () => addSource(claimId, { version: 1, url: "https://example.org", stance: "supports" }, checker),
      () => takeClaim(claimId, { version: 1 }, checker),
      () => dismissClaim(claimId, { version: 1, reason: "x" }, checker),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: "conflict" });
    }
    expect(await db().claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({ statement: "First edit", version: 2, status: "new", updatedById: rival.id });
    expect(await db().source.count({ where: { claimId } })).toBe(0);
    expect(await db().auditEntry.count()).toBe(audit);
  });

  test("two simultaneous edits of the same version: exactly one wins", async () => {
    const checker = await makeUser("fact_checker");
    const rival = await makeUser("fact_checker");
    const { claimIds } = await articleWithClaims(checker);
    const claimId = claimIds[0]!;
    const outcomes = await Promise.allSettled([
      updateClaim(claimId, { version: 1, statement: "Mine" }, checker),
      updateClaim(claimId, { version: 1, statement: "Theirs" }, rival),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(outcomes.find((outcome) => outcome.status === "rejected")).toMatchObject({ reason: { code: "conflict" } });
    expect(await version(claimId)).toBe(2);
  });

  test("an approval based on a stale claim version is refused", async () => {
    const checker = await makeUser("fact_checker");
    const editor = await makeUser("editor");
    const { claimId } = await readyClaim(checker);
    const verdict = await proposeVerdict(claimId, { rating: "true", rationale: "ok" }, checker);
    const seen = await version(claimId);
    const otherEditor = await makeUser("editor");
    await assignClaim(claimId, { userId: (await makeUser("fact_checker")).id }, otherEditor);
    await expect(approveVerdict(verdict.id, { version: seen }, editor)).rejects.toMatchObject({ code: "conflict", details: { changedBy: otherEditor.name } });
    expect(await status(claimId)).toBe("proposed");
  });

  // The probe's finding: an editor could rewrite a claim while its verdict was pending, then approve
  // it, so the approved statement was nobody else's work. Content is locked until a decision.
  test("while a verdict is pending, nobody can change the claim or its sources; returning it unlocks them", async () => {
    const checker = await makeUser("fact_checker");
    const editor = await makeUser("editor");
    const { claimId } = await readyClaim(checker);
    const verdict = await proposeVerdict(claimId, { rating: "true", rationale: "ok" }, checker);
    const v = await version(claimId);
    for (const actor of [editor, checker]) {
      await expect(updateClaim(claimId, { version: v, statement: "An editor's own wording" }, actor)).rejects.toMatchObject({
        code: "invalid",
        message: expect.stringContaining("locked until it is approved or returned"),
      });
      await expect(addSource(claimId, { url: "https://example.org/late", stance: "refutes" }, actor)).rejects.toMatchObject({ code: "invalid" });
    }
    await returnVerdict(verdict.id, { version: v, note: "Say which region" }, editor);
    await updateClaim(claimId, { version: await version(claimId), statement: "Russia fired 45 drones at the Kharkiv region" }, checker);
    expect(await status(claimId)).toBe("returned");
  });
});
