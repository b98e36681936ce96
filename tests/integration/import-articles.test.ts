import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { normaliseForHash } from "@/lib/articles/content-hash";
import { importArticle, importArticles, reextractArticle } from "@/lib/server/articles/articles";
import { db } from "@/lib/server/db/client";
import { makeUser } from "./helpers";

const CORPUS = path.resolve(import.meta.dirname, "../../../shared/datasets/ukraine-news-447.jsonl");
// The corpus repeats some articles; these tests want distinct ones.
const corpus = [
  ...new Map(
    fs.readFileSync(CORPUS, "utf8").split("\n").slice(0, 40).map((line) => JSON.parse(line) as { text: string }).map((row) => [normaliseForHash(row.text), row]),
  ).values(),
];

async function counts() {
  return { articles: await db().article.count(), claims: await db().claim.count(), figures: await db().figure.count() };
}

// A claim insert the database refuses, to prove nothing of its article is left behind.
async function refuseClaimsMentioning(word: string) {
  await db().$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_refuse_claim() RETURNS trigger AS $$ BEGIN IF NEW.quote LIKE '%${word}%' THEN RAISE EXCEPTION 'refused claim'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
  await db().$executeRawUnsafe(`CREATE TRIGGER test_refuse_claim BEFORE INSERT ON "Claim" FOR EACH ROW EXECUTE FUNCTION test_refuse_claim()`);
}

afterEach(async () => {
  await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_refuse_claim ON "Claim"`);
  await db().$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_refuse_claim()`);
});

describe("atomic import", () => {
  test("an article whose claim insert fails leaves nothing behind, not even its audit entry", async () => {
    const checker = await makeUser("fact_checker");
    await refuseClaimsMentioning("Zorbograd");
    const before = await counts();
    const audits = await db().auditEntry.count();
    await expect(importArticle({ text: "Ukraine said 5 tanks were destroyed near Zorbograd on Monday, officials said." }, checker)).rejects.toThrow();
    expect(await counts()).toEqual(before);
    expect(await db().auditEntry.count()).toBe(audits);
  });

  test("in a batch, the refused article fails alone and the others are stored whole", async () => {
    const checker = await makeUser("fact_checker");
    await refuseClaimsMentioning("Zorbograd");
    const outcomes = await importArticles(
      [
        { text: corpus[0]!.text },
        { text: "Ukraine said 5 tanks were destroyed near Zorbograd on Monday, officials said." },
        { text: corpus[1]!.text },
      ],
      checker,
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["created", "failed", "created"]);
    expect(await db().article.count({ where: { text: { contains: "Zorbograd" } } })).toBe(0);
    for (const outcome of outcomes) {
      if (outcome.status !== "created") continue;
      expect(await db().claim.count({ where: { articleId: outcome.articleId } })).toBe(outcome.claimCount);
    }
  });
});

describe("bulk import fast path", () => {
  test("stores each article with its claims and figures anchored in its text, and one audit entry each", async () => {
    const checker = await makeUser("fact_checker");
    const outcomes = await importArticles(corpus.slice(2, 12).map((row) => ({ text: row.text, publishedAt: new Date("2022-01-26T00:00:00Z") })), checker);
    expect(outcomes.every((outcome) => outcome.status === "created")).toBe(true);
    const ids = outcomes.map((outcome) => (outcome.status === "created" ? outcome.articleId : ""));
    const articles = await db().article.findMany({ where: { id: { in: ids } }, include: { claims: { include: { figures: true } } } });
    expect(articles).toHaveLength(10);
    let figures = 0;
    for (const article of articles) {
      expect(article.importedById).toBe(checker.id);
      for (const claim of article.claims) {
        expect(article.text.slice(claim.start, claim.end)).toBe(claim.quote);
        for (const figure of claim.figures) expect(article.text.slice(figure.start, figure.end)).toBe(figure.text);
        figures += claim.figures.length;
      }
    }
    expect(figures).toBeGreaterThan(0);
    expect(await db().auditEntry.count({ where: { action: "article.import", entityId: { in: ids } } })).toBe(10);
  });

  test("duplicates of stored articles, and repeats within one batch, create nothing new", async () => {
    const checker = await makeUser("fact_checker");
    const first = await importArticle({ text: corpus[12]!.text }, checker);
    const before = await counts();
    const outcomes = await importArticles(
      [{ text: `  ${corpus[12]!.text.replace(/\n/g, "\r\n")}  ` }, { text: corpus[13]!.text }, { text: `${corpus[13]!.text}\n` }],
      checker,
    );
    expect(outcomes[0]).toEqual({ status: "duplicate", articleId: first.articleId });
    expect(outcomes[1]?.status).toBe("created");
    expect(outcomes[2]).toEqual({ status: "duplicate", articleId: outcomes[1]!.status === "created" ? outcomes[1]!.articleId : "" });
    expect((await counts()).articles).toBe(before.articles + 1);
  });

  test("invalid and oversized articles fail with a reason while the rest are stored; viewers may not import", async () => {
    const checker = await makeUser("fact_checker");
    const outcomes = await importArticles([{ text: "" }, { text: "x".repeat(2 * 1024 * 1024 + 1) }, { text: corpus[14]!.text }], checker);
    expect(outcomes[0]).toEqual({ status: "failed", reason: "Text is required" });
    expect(outcomes[1]).toEqual({ status: "failed", reason: "text is 2,097,153 bytes, over the limit of 2 MB (2,097,152 bytes) per article (IMPORT_MAX_ARTICLE_BYTES)" });
    expect(outcomes[2]?.status).toBe("created");
    await expect(importArticles([{ text: corpus[15]!.text }], await makeUser("viewer"))).rejects.toMatchObject({ code: "forbidden" });
  });

  test("importArticle answers an oversized text with too_large naming the limit", async () => {
    const checker = await makeUser("fact_checker");
    await expect(importArticle({ text: "é".repeat(1024 * 1024 + 1) }, checker)).rejects.toMatchObject({
      code: "too_large",
      message: "text is 2,097,154 bytes, over the limit of 2 MB (2,097,152 bytes) per article (IMPORT_MAX_ARTICLE_BYTES)",
    });
  });
});

describe("re-extraction", () => {
  test("statements resolve relative dates to the publication date the import recorded, on import and on re-extraction", async () => {
    const checker = await makeUser("fact_checker");
    const admin = await makeUser("admin");
    const text = "The port authority said the yard delivered 40 hulls to the navy on Tuesday.";
    const imported = await importArticle({ text, publishedAt: new Date("2025-06-05T08:30:00Z") }, checker);
    expect(imported.status).toBe("created");
    if (imported.status !== "created") return;
    const statements = async () => (await db().claim.findMany({ where: { articleId: imported.articleId } })).map((claim) => claim.statement);
    expect(await statements()).toEqual([expect.stringContaining("on Tuesday 3 June 2025")]);
    await reextractArticle(imported.articleId, admin);
    expect(await statements()).toEqual([expect.stringContaining("on Tuesday 3 June 2025")]);
  });

  test("replaces only untouched extracted claims; edited, progressed and sourced claims stay as they are", async () => {
    const checker = await makeUser("fact_checker");
    const admin = await makeUser("admin");
    const imported = await importArticle({ text: corpus[16]!.text }, checker);
    expect(imported.status).toBe("created");
    const claims = await db().claim.findMany({ where: { articleId: imported.articleId }, orderBy: { start: "asc" } });
    expect(claims.length).toBeGreaterThanOrEqual(4);
    const [edited, progressed, sourced, ...untouched] = claims;
    // What a reviewer's work leaves on a claim.
    await db().claim.update({ where: { id: edited!.id }, data: { statement: "Reviewer's wording", editedAt: new Date(), version: { increment: 1 } } });
    await db().claim.update({ where: { id: progressed!.id }, data: { status: "in_review" } });
    await db().source.create({ data: { claimId: sourced!.id, url: "https://example.org/source", stance: "supports" } });
    const keptBefore = await db().claim.findMany({ where: { id: { in: [edited!.id, progressed!.id, sourced!.id] } }, orderBy: { id: "asc" } });

    await expect(reextractArticle(imported.articleId, checker)).rejects.toMatchObject({ code: "forbidden" });
    const summary = await reextractArticle(imported.articleId, admin);
    expect(summary).toMatchObject({ kept: 3, replaced: untouched.length });

    const keptAfter = await db().claim.findMany({ where: { id: { in: [edited!.id, progressed!.id, sourced!.id] } }, orderBy: { id: "asc" } });
    expect(keptAfter).toEqual(keptBefore);
    expect(await db().claim.count({ where: { id: { in: untouched.map((claim) => claim.id) } } })).toBe(0);
    const now = await db().claim.findMany({ where: { articleId: imported.articleId } });
    expect(now).toHaveLength(3 + summary.added);
    // The engine finds the untouched claims again; none of the new ones overlaps a kept claim.
    expect(summary.added).toBe(untouched.length);
    for (const claim of now.filter((candidate) => !keptAfter.some((kept) => kept.id === candidate.id))) {
      for (const kept of keptAfter) expect(claim.start >= kept.end || claim.end <= kept.start).toBe(true);
    }
    expect(await db().auditEntry.findFirst({ where: { action: "article.reextract", entityId: imported.articleId } })).toMatchObject({ actorId: admin.id });
  });
});
