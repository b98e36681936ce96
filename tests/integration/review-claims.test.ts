import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { importArticle } from "@/lib/server/articles/articles";
import { takeClaim } from "@/lib/server/claims/assignments";
import { getArticleForApi, getClaimDetail } from "@/lib/server/claims/claim-views";
import { createClaim, mergeClaims, splitClaim, updateClaim } from "@/lib/server/claims/claims";
import { db } from "@/lib/server/db/client";
import { getClaimHistory } from "@/lib/server/claims/history";
import { addSource, removeSource, updateSource } from "@/lib/server/claims/sources";
import { proposeVerdict } from "@/lib/server/claims/verdicts";
import { makeUser } from "./helpers";
import { SENTENCES, articleWithClaims, readyClaim, version } from "./review-fixtures";

describe("editing a claim", () => {
  test("statement, type and speaker change; the claim is marked edited by that person", async () => {
    const checker = await makeUser("fact_checker");
    const { claimIds } = await articleWithClaims(checker);
    const claimId = claimIds[0]!;
    const result = await updateClaim(claimId, { version: 1, statement: "The air force shot down 40 drones.", type: "military", speaker: "Ukrainian air force" }, checker);
    expect(result).toEqual({ id: claimId, version: 2 });
    const claim = await db().claim.findUniqueOrThrow({ where: { id: claimId } });
    expect(claim).toMatchObject({ statement: "The air force shot down 40 drones.", type: "military", speaker: "Ukrainian air force", updatedById: checker.id, version: 2 });
    expect(claim.editedAt).not.toBeNull();
    const [, edit] = await getClaimHistory(claimId, checker);
    expect(edit).toMatchObject({ action: "claim.edit", before: { type: "other", speaker: null }, after: { type: "military", speaker: "Ukrainian air force" } });
  });

  test("a new span re-derives the quote from the article and re-detects figures", async () => {
    const checker = await makeUser("fact_checker");
    const { claimIds, text } = await articleWithClaims(checker);
    const claimId = claimIds[1]!;
    const start = text.indexOf("12 civilians");
    await updateClaim(claimId, { version: 1, start, end: start + "12 civilians were injured".length, quote: "ignored" }, checker);
    const claim = await getClaimDetail(claimId, checker);
    expect(claim.quote).toBe("12 civilians were injured");
    expect(claim.figures.map((figure) => figure.value)).toEqual([12]);
    expect(claim.context.before.endsWith("reported that ")).toBe(true);
  });

  test("spans outside the text are refused with field errors and nothing is saved", async () => {
    const checker = await makeUser("fact_checker");
    const { claimIds, text } = await articleWithClaims(checker);
    const claimId = claimIds[0]!;
    for (const [start, end, field] of [[-1, 5, "start"], [10, 10, "end"], [5, text.length + 1, "end"], [text.length, text.length + 2, "start"]] as const) {
      await expect(updateClaim(claimId, { version: 1, statement: "half", start, end }, checker)).rejects.toMatchObject({ code: "invalid", details: { fields: { [field]: expect.any(Array) } } });
    }
    expect(await db().claim.findUniqueOrThrow({ where: { id: claimId } })).toMatchObject({ version: 1, statement: SENTENCES[0], editedAt: expect.any(Date) });
  });

  test("figures typed by a person are placed in the quote; one that is not there is refused", async () => {
    const checker = await makeUser("fact_checker");
    const { claimIds, text } = await articleWithClaims(checker);
    const claimId = claimIds[0]!;
    await updateClaim(claimId, { version: 1, figures: "40 | 40 | drones | exact\n45 drones | 45 | drones | exact" }, checker);
    const figures = await db().figure.findMany({ where: { claimId }, orderBy: { position: "asc" } });
    expect(figures.map((figure) => [figure.text, figure.value, figure.unit, text.slice(figure.start, figure.end)])).toEqual([
      ["40", 40, "drones", "40"],
      ["45 drones", 45, "drones", "45 drones"],
    ]);
    await expect(updateClaim(claimId, { version: 2, figures: [{ text: "3,000 tonnes", value: 3000, unit: "tonnes", qualifier: null }] }, checker)).rejects.toMatchObject({
      code: "invalid",
      details: { fields: { "figures.0.text": expect.any(Array) } },
    });
    expect(await db().figure.count({ where: { claimId } })).toBe(2);
  });

  test("a claim added by selecting text is trimmed, manual, and its figures detected", async () => {
    const checker = await makeUser("fact_checker");
    const { articleId, text } = await articleWithClaims(checker);
    const start = text.indexOf("more than 3,000") - 1;
    const created = await createClaim({ articleId, start, end: start + 1 + "more than 3,000 tonnes of grain".length + 1, type: "economic" }, checker);
    const claim = await getClaimDetail(created.id, checker);
    expect(claim).toMatchObject({ quote: "more than 3,000 tonnes of grain", statement: "more than 3,000 tonnes of grain", origin: "manual", status: "new", type: "economic" });
    expect(claim.figures[0]).toMatchObject({ value: 3000, qualifier: "more_than" });
    await expect(createClaim({ articleId, start: 5, end: 4 }, checker)).rejects.toMatchObject({ code: "invalid" });
    await expect(createClaim({ articleId: "missing", start: 0, end: 4 }, checker)).rejects.toMatchObject({ code: "not_found" });
  });

  test("a selected or edited claim carries the figures the engine would give it: a vote tally beside the parser's amount, an age", async () => {
    const checker = await makeUser("fact_checker");
    const text = `Vote ${randomUUID()}\n\nThe Senate passed the $95 billion package 79-18 on Tuesday. Its oldest opponent was 67 years old.`;
    const { articleId } = await importArticle({ text, title: "Tally test" }, checker);
    const quote = "The Senate passed the $95 billion package 79-18 on Tuesday";
    const start = text.indexOf(quote);
    const created = await createClaim({ articleId, start, end: start + quote.length, type: "aid" }, checker);
    expect((await getClaimDetail(created.id, checker)).figures.map((f) => [f.value, f.unit])).toEqual([
      [95e9, "USD"],
      [79, "votes"],
      [18, "votes"],
    ]);
    const ageStart = text.indexOf("Its oldest");
    await updateClaim(created.id, { version: 1, start: ageStart, end: ageStart + "Its oldest opponent was 67 years old".length }, checker);
    expect((await getClaimDetail(created.id, checker)).figures.map((f) => [f.value, f.unit])).toEqual([[67, "years"]]);
  });
});

describe("split and merge", () => {
  test("splitting cuts one claim into two that cover its text; merging joins them back", async () => {
    const checker = await makeUser("fact_checker");
    const { claimIds, text, articleId } = await articleWithClaims(checker);
    const claimId = claimIds[2]!;
    await takeClaim(claimId, {}, checker);
    await addSource(claimId, { url: "https://example.org/grain", stance: "supports" }, checker);
    const at = text.indexOf(" left Odesa");
    await expect(splitClaim(claimId, { version: 3, at: 3 }, checker)).rejects.toMatchObject({ code: "invalid", details: { fields: { at: expect.any(Array) } } });
    const { ids } = await splitClaim(claimId, { version: 3, at }, checker);
    const [first, second] = await Promise.all(ids.map((id) => getClaimDetail(id, checker)));
    expect(first).toMatchObject({ quote: "Officials said more than 3,000 tonnes of grain", version: 4, status: "in_review" });
    expect(first!.sources).toHaveLength(1);
    expect(second).toMatchObject({ quote: "left Odesa on Tuesday.", status: "in_review", assigneeId: checker.id, origin: "manual" });
    expect((await getClaimHistory(second!.id, checker))[0]).toMatchObject({ action: "claim.split", before: { fromClaimId: claimId } });

    await expect(mergeClaims(second!.id, { version: 1, otherId: first!.id, otherVersion: 3 }, checker)).rejects.toMatchObject({ code: "conflict" });
    expect(await mergeClaims(second!.id, { version: 1, otherId: first!.id, otherVersion: 4 }, checker)).toEqual({ id: first!.id, removedId: second!.id });
    const article = await getArticleForApi(articleId, checker);
    expect(article.claims.map((claim) => claim.text)).toEqual(SENTENCES);
    expect(article.claims[2]).toMatchObject({ id: claimId, state: "in_review", figures: [expect.objectContaining({ value: 3000 })] });
  });

  test("merging keeps the earlier claim, moves sources over and deletes the other; verdicts block it", async () => {
    const checker = await makeUser("fact_checker");
    const { claimIds, articleId } = await articleWithClaims(checker);
    const [a, b, c] = claimIds as [string, string, string];
    await addSource(b, { url: "https://example.org/b", stance: "context" }, checker);
    const result = await mergeClaims(b, { version: 2, otherId: a, otherVersion: 1 }, checker);
    expect(result).toEqual({ id: a, removedId: b });
    const claim = await getClaimDetail(a, checker);
    expect(claim.quote).toBe(`${SENTENCES[0]} ${SENTENCES[1]}`);
    expect(claim.statement).toBe(`${SENTENCES[0]} ${SENTENCES[1]}`);
    expect(claim.sources.map((source) => source.url)).toEqual(["https://example.org/b"]);
    expect(await db().claim.findUnique({ where: { id: b } })).toBeNull();
    expect((await getClaimHistory(b, checker)).at(-1)).toMatchObject({ action: "claim.merge", after: { mergedIntoClaimId: a } });

    await takeClaim(c, {}, checker);
    await proposeVerdict(c, { rating: "unverifiable", rationale: "No data" }, checker);
    await expect(mergeClaims(a, { version: claim.version, otherId: c, otherVersion: await version(c) }, checker)).rejects.toMatchObject({ code: "invalid" });
    const other = await articleWithClaims(checker);
    await expect(mergeClaims(a, { version: claim.version, otherId: other.claimIds[0], otherVersion: 1 }, checker)).rejects.toMatchObject({ code: "invalid", details: { fields: { otherId: ["belongs to another article"] } } });
    expect((await getArticleForApi(articleId, checker)).claims).toHaveLength(2);
  });
});

describe("sources", () => {
  test("added, edited and removed until approval, each change audited with before and after", async () => {
    const checker = await makeUser("fact_checker");
    const { claimIds } = await articleWithClaims(checker);
    const claimId = claimIds[0]!;
    const source = await addSource(
      claimId,
      { url: "https://mod.gov.ua/en/news", title: "Statement", publisher: "Ministry of Defence", excerpt: "40 of 45 drones", stance: "supports", publishedAt: "2024-03-02", archivedUrl: "https://web.archive.org/web/2024/https://mod.gov.ua/en/news" },
      checker,
    );
    expect(source).toMatchObject({ publisher: "Ministry of Defence", stance: "supports", publishedAt: new Date("2024-03-02T00:00:00Z") });
    await updateSource(source.id, { version: 2, url: "https://mod.gov.ua/en/news", stance: "context", title: "Statement (updated)" }, checker);
    expect(await db().source.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ stance: "context", title: "Statement (updated)", publisher: null });
    await removeSource(source.id, { version: 3 }, checker);
    expect(await db().source.count({ where: { claimId } })).toBe(0);
    const history = await getClaimHistory(claimId, checker);
    expect(history.slice(1).map((entry) => entry.action)).toEqual(["source.add", "source.edit", "source.remove"]);
    expect(history[2]).toMatchObject({ before: { stance: "supports" }, after: { stance: "context" } });
  });

  test("malformed URLs and stances are refused with field errors", async () => {
    const checker = await makeUser("fact_checker");
    const { claimIds } = await articleWithClaims(checker);
    for (const [input, field] of [
      [{ url: "ftp://example.org/x", stance: "supports" }, "url"],
      [{ url: "not a url", stance: "supports" }, "url"],
      [{ url: "https://example.org", stance: "agrees" }, "stance"],
      [{ url: "https://example.org", stance: "supports", archivedUrl: "javascript:alert(1)" }, "archivedUrl"],
      [{ url: "https://example.org", stance: "supports", publishedAt: "yesterday-ish" }, "publishedAt"],
    ] as const) {
      await expect(addSource(claimIds[0]!, input, checker)).rejects.toMatchObject({ code: "invalid", details: { fields: { [field]: expect.any(Array) } } });
    }
    expect(await db().source.count({ where: { claimId: claimIds[0]! } })).toBe(0);
    await expect(addSource("missing", { url: "https://example.org", stance: "supports" }, checker)).rejects.toMatchObject({ code: "not_found" });
    await expect(updateSource("missing", { url: "https://example.org", stance: "supports" }, checker)).rejects.toMatchObject({ code: "not_found" });
  });

  test("the only source of a proposed verdict cannot be removed", async () => {
    const checker = await makeUser("fact_checker");
    const { claimId } = await readyClaim(checker);
    await proposeVerdict(claimId, { rating: "true", rationale: "ok" }, checker);
    const source = await db().source.findFirstOrThrow({ where: { claimId } });
    await expect(removeSource(source.id, {}, checker)).rejects.toMatchObject({ code: "invalid" });
    expect(await db().source.count({ where: { claimId } })).toBe(1);
  });
});
