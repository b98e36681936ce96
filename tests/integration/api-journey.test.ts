import { randomUUID } from "node:crypto";
import { describe, expect, test, vi } from "vitest";
import { callApi, tokenFor } from "./api-client";
import { makeUser } from "./helpers";
import { SENTENCES } from "./review-fixtures";

vi.mock("next/headers", async () => (await import("./api-headers")).nextHeadersMock());

const articleText = () => `Report ${randomUUID()}\n\n${SENTENCES.join(" ")}`;

/** A fact-checker's token imports an article and places a claim on its first sentence (extraction is another engine's job). */
async function importWithClaim(checker: string) {
  const text = articleText();
  const imported = await callApi("importArticle", { token: checker, body: { text, title: "API journey", outlet: "Journey Times" } });
  expect(imported.status).toBe(201);
  const start = text.indexOf(SENTENCES[0]!);
  const created = await callApi("createClaim", { token: checker, body: { articleId: imported.body.id, start, end: start + SENTENCES[0]!.length, type: "military" } });
  expect(created.status).toBe(201);
  return { articleId: imported.body.id as string, claimId: created.body.id as string, text };
}

/** Take, add a source, propose: the claim waits for an editor. */
async function checkClaim(checker: string, claimId: string, rating = "true") {
  const listed = await callApi("getClaim", { token: checker, params: { id: claimId } });
  const taken = await callApi("takeClaim", { token: checker, params: { id: claimId }, body: { version: listed.body.version } });
  expect(taken).toMatchObject({ status: 200, body: { state: "in_review" } });
  const source = await callApi("addSource", {
    token: checker,
    params: { id: claimId },
    body: { version: taken.body.version, url: "https://example.org/air-force", stance: "supports", title: "Air force statement" },
  });
  expect(source.status).toBe(201);
  const proposed = await callApi("proposeVerdict", { token: checker, params: { id: claimId }, body: { rating, rationale: "The air force's own statement gives these numbers." } });
  expect(proposed).toMatchObject({ status: 201, body: { state: "proposed" } });
  return proposed.body.id as string;
}

describe("the API alone, from import to published ClaimReview", () => {
  test("a fact-checker's token imports and checks, an editor's approves, and the ClaimReview export carries it", async () => {
    const checker = await tokenFor((await makeUser("fact_checker")).id);
    const editor = await tokenFor((await makeUser("editor")).id);
    const { articleId, claimId } = await importWithClaim(checker);

    const listed = await callApi("listClaims", { token: checker, query: { articleId } });
    expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(claimId);

    const verdictId = await checkClaim(checker, claimId);
    const current = await callApi("getClaim", { token: editor, params: { id: claimId } });
    const approved = await callApi("approveVerdict", { token: editor, params: { id: verdictId }, body: { version: current.body.version } });
    expect(approved).toMatchObject({ status: 200, body: { state: "approved", claimId } });

    const exported = await callApi("exportClaimReview", { token: checker, query: { articleId } });
    expect(exported.status).toBe(200);
    expect(exported.body).toHaveLength(1);
    expect(exported.body[0]).toMatchObject({ "@type": "ClaimReview", claimReviewed: SENTENCES[0], itemReviewed: { appearance: { headline: "API journey" } } });
  });

  test("an editor returns a verdict, the checker proposes again, and an approved claim is reopened with a reason", async () => {
    const checker = await tokenFor((await makeUser("fact_checker")).id);
    const editor = await tokenFor((await makeUser("editor")).id);
    const { claimId } = await importWithClaim(checker);
    const first = await checkClaim(checker, claimId, "false");
    const returned = await callApi("returnVerdict", { token: editor, params: { id: first }, body: { note: "Cite the later statement too." } });
    expect(returned).toMatchObject({ status: 200, body: { state: "returned" } });
    expect((await callApi("getClaim", { token: checker, params: { id: claimId } })).body.status).toBe("returned");

    const second = await callApi("proposeVerdict", { token: checker, params: { id: claimId }, body: { rating: "true", rationale: "Both statements agree." } });
    expect(second.status).toBe(201);
    await callApi("approveVerdict", { token: editor, params: { id: second.body.id } });
    const refused = await callApi("reopenClaim", { token: checker, params: { id: claimId }, body: { reason: "A correction was published" } });
    expect(refused.status).toBe(403);
    const reopened = await callApi("reopenClaim", { token: editor, params: { id: claimId }, body: { reason: "A correction was published" } });
    expect(reopened).toMatchObject({ status: 200, body: { id: claimId } });
    expect(reopened.body.state).not.toBe("approved");
  });
});

describe("claim operations of the pages, in the API", () => {
  test("dismiss and restore; split in two and merge back; each refused for a wrong role, an old version or an unknown field", async () => {
    const checkerUser = await makeUser("fact_checker");
    const checker = await tokenFor(checkerUser.id);
    const viewer = await tokenFor((await makeUser("viewer")).id);
    const { claimId, text } = await importWithClaim(checker);

    expect((await callApi("takeClaim", { token: viewer, params: { id: claimId } })).status).toBe(403);
    const unknown = await callApi("takeClaim", { token: checker, params: { id: claimId }, body: { version: 1, assignee: "me" } });
    expect(unknown).toMatchObject({ status: 400, body: { error: { code: "invalid", fields: { assignee: [expect.stringContaining("not a known field")] } } } });
    expect(unknown.body.error.message).toContain("assignee");

    const dismissed = await callApi("dismissClaim", { token: checker, params: { id: claimId }, body: { version: 1, reason: "Opinion, not a fact" } });
    expect(dismissed).toMatchObject({ status: 200, body: { state: "dismissed", version: 2 } });
    const stale = await callApi("restoreClaim", { token: checker, params: { id: claimId }, body: { version: 1 } });
    expect(stale).toMatchObject({ status: 409, body: { error: { code: "conflict" } } });
    const restored = await callApi("restoreClaim", { token: checker, params: { id: claimId }, body: { version: 2 } });
    expect(restored).toMatchObject({ status: 200, body: { state: "new", version: 3 } });

    const at = text.indexOf(" of 45 drones");
    expect((await callApi("splitClaim", { token: viewer, params: { id: claimId }, body: { version: 3, at } })).status).toBe(403);
    expect((await callApi("splitClaim", { token: checker, params: { id: claimId }, body: { version: 3, at, where: "here" } })).status).toBe(400);
    const split = await callApi("splitClaim", { token: checker, params: { id: claimId }, body: { version: 3, at } });
    expect(split.status).toBe(200);
    const [firstId, secondId] = split.body.ids as [string, string];
    const [first, second] = await Promise.all([firstId, secondId].map((id) => callApi("getClaim", { token: checker, params: { id } })));
    expect((await callApi("mergeClaim", { token: checker, params: { id: firstId }, body: { version: 1, otherId: secondId, otherVersion: second!.body.version } })).status).toBe(409);
    const merged = await callApi("mergeClaim", { token: checker, params: { id: firstId }, body: { version: first!.body.version, otherId: secondId, otherVersion: second!.body.version } });
    expect(merged).toMatchObject({ status: 200, body: { id: firstId, removedId: secondId } });
    expect((await callApi("getClaim", { token: checker, params: { id: firstId } })).body.quote).toBe(SENTENCES[0]);
  });

  test("a claim from a span: 403 for a viewer, 404 for an unknown article, 400 naming an unknown field", async () => {
    const checker = await tokenFor((await makeUser("fact_checker")).id);
    const viewer = await tokenFor((await makeUser("viewer")).id);
    const { articleId } = await importWithClaim(checker);
    expect((await callApi("createClaim", { token: viewer, body: { articleId, start: 0, end: 6 } })).status).toBe(403);
    expect((await callApi("createClaim", { token: checker, body: { articleId: "nope", start: 0, end: 6 } })).status).toBe(404);
    const unknown = await callApi("createClaim", { token: checker, body: { articleId, start: 0, end: 6, text: "Report" } });
    expect(unknown).toMatchObject({ status: 400, body: { error: { fields: { text: expect.any(Array) } } } });
  });
});
