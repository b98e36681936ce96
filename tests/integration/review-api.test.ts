import { describe, expect, test } from "vitest";
import type { Actor } from "@/lib/server/auth/actors";
import { assignClaim } from "@/lib/server/claims/assignments";
import { getArticleForApi } from "@/lib/server/claims/claim-views";
import { updateClaim } from "@/lib/server/claims/claims";
import { getClaimHistory } from "@/lib/server/claims/history";
import { errorResponse } from "@/lib/server/http/http";
import { addSource } from "@/lib/server/claims/sources";
import { approveVerdict, proposeVerdict, returnVerdict } from "@/lib/server/claims/verdicts";
import { makeUser } from "./helpers";
import { articleWithClaims, readyClaim } from "./review-fixtures";

/** What the API answers for a call: route handlers map the thrown AppError through errorResponse. */
async function answer(call: () => Promise<unknown>): Promise<{ status: number; body: Record<string, unknown> }> {
  try {
    await call();
    return { status: 200, body: {} };
  } catch (error) {
    const response = errorResponse(error);
    return { status: response.status, body: (await response.json()).error };
  }
}

const nobody = null as unknown as Actor;

describe("API outcomes of the review functions", () => {
  test("401 without a user, 403 for a role that may not, 404 for unknown ids", async () => {
    const checker = await makeUser("fact_checker");
    const viewer = await makeUser("viewer");
    const { claimId, articleId } = await readyClaim(checker);
    const editor = await makeUser("editor");
    const calls: [() => Promise<unknown>, number][] = [
      [() => getArticleForApi(articleId, nobody), 401],
      [() => updateClaim(claimId, { version: 1, statement: "x" }, nobody), 401],
      [() => getClaimHistory(claimId, nobody), 401],
      [() => updateClaim(claimId, { version: 1, statement: "x" }, viewer), 403],
      [() => assignClaim(claimId, { userId: checker.id }, checker), 403],
      [() => addSource(claimId, { url: "https://example.org", stance: "supports" }, viewer), 403],
      [() => proposeVerdict(claimId, { rating: "true", rationale: "x" }, viewer), 403],
      [() => approveVerdict("unknown", {}, checker), 403],
      [() => getArticleForApi("unknown", viewer), 404],
      [() => updateClaim("unknown", { version: 1, statement: "x" }, checker), 404],
      [() => addSource("unknown", { url: "https://example.org", stance: "supports" }, checker), 404],
      [() => getClaimHistory("unknown", viewer), 404],
      [() => returnVerdict("unknown", { note: "x" }, editor), 404],
    ];
    for (const [call, status] of calls) expect((await answer(call)).status).toBe(status);
  });

  test("400 carries the errors per field; 409 names who changed the claim and when", async () => {
    const checker = await makeUser("fact_checker");
    const rival = await makeUser("editor");
    const { claimIds } = await articleWithClaims(checker);
    const invalid = await answer(() => addSource(claimIds[0]!, { url: "notaurl", stance: "maybe" }, checker));
    expect(invalid).toMatchObject({ status: 400, body: { code: "invalid", fields: { url: expect.any(Array), stance: expect.any(Array) } } });
    expect((await answer(() => updateClaim(claimIds[0]!, { statement: "no version" }, checker))).body).toMatchObject({ fields: { version: expect.any(Array) } });

    await updateClaim(claimIds[0]!, { version: 1, type: "military" }, rival);
    const conflict = await answer(() => updateClaim(claimIds[0]!, { version: 1, type: "aid" }, checker));
    expect(conflict).toMatchObject({ status: 409, body: { code: "conflict", changedBy: rival.name, changedAt: expect.any(String), currentVersion: 2 } });
  });

  test("the article view has the documented claim fields", async () => {
    const checker = await makeUser("fact_checker");
    const { articleId, claimIds, text } = await articleWithClaims(checker);
    const article = await getArticleForApi(articleId, await makeUser("viewer"));
    expect(article.claims[0]).toEqual({
      id: claimIds[0],
      start: text.indexOf("Ukraine's"),
      end: expect.any(Number),
      text: expect.stringContaining("40 of 45 drones"),
      statement: expect.any(String),
      type: "other",
      state: "new",
      figures: expect.any(Array),
      speaker: null,
      assigneeId: null,
      version: 1,
    });
  });
});
