import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { importArticle } from "@/lib/server/articles/articles";
import { createClaim } from "@/lib/server/claims/claims";
import { db } from "@/lib/server/db/client";
import { search } from "@/lib/server/search/search";
import { makeUser } from "./helpers";

async function articleSaying(sentence: string, checker: Awaited<ReturnType<typeof makeUser>>) {
  const text = `Report ${randomUUID()}\n\n${sentence}`;
  const { articleId } = await importArticle({ text, title: `Frontline ${randomUUID().slice(0, 8)}` }, checker);
  await db().claim.deleteMany({ where: { articleId } });
  const start = text.indexOf(sentence);
  const { id } = await createClaim({ articleId, start, end: start + sentence.length, type: "territory" }, checker);
  return { articleId, claimId: id };
}

describe("search tolerates typos and transliteration variants", () => {
  test("Avdeevka and Avdiivk find Avdiivka; the query's own matches are ranked first", async () => {
    const checker = await makeUser("fact_checker");
    const target = await articleSaying("Ukrainian troops withdrew from Avdiivka after months of fighting.", checker);
    const exactSpelling = await articleSaying("Shelling hit Avdeevka again, the regional governor said.", checker);

    const variant = await search({ q: "Avdeevka" }, checker);
    const ids = variant.claims.map((claim) => claim.id);
    expect(ids).toContain(target.claimId);
    expect(ids.indexOf(exactSpelling.claimId)).toBe(0);
    expect(variant.claims.find((claim) => claim.id === target.claimId)).toMatchObject({ fuzzy: true });
    expect(variant.claims[0]).toMatchObject({ fuzzy: false });
    expect(variant.claims.find((claim) => claim.id === target.claimId)!.highlight.some((part) => part.match && /Avdiivka/.test(part.text))).toBe(true);

    const typo = await search({ q: "Avdiivk" }, checker);
    expect(typo.claims.map((claim) => claim.id)).toContain(target.claimId);
    expect(typo.articles.map((article) => article.id)).toContain(target.articleId);

    // A word that is nowhere near anything stored still finds nothing.
    expect((await search({ q: "qxzvwpj" }, checker)).claims).toEqual([]);
  });
});

describe("search results page by keyset", () => {
  test("ranked matches, then their spelling variants, page without repeats; a foreign cursor is refused", async () => {
    const checker = await makeUser("fact_checker");
    const word = `Pokrovsk${randomUUID().slice(0, 4).replace(/\d/g, "q")}`;
    const exact = [];
    for (let index = 0; index < 5; index++) exact.push((await articleSaying(`Drones struck ${word} overnight, report ${index}.`, checker)).claimId);
    const variant = (await articleSaying(`Drones struck ${word.slice(0, -1)}x overnight.`, checker)).claimId;
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await search({ q: word, limit: "2", ...(cursor ? { cursor } : {}) }, checker);
      seen.push(...page.claims.map((claim) => claim.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 10);
    expect(seen.slice(0, 5).sort()).toEqual([...exact].sort());
    expect(seen.slice(5)).toEqual([variant]);
    expect(new Set(seen).size).toBe(seen.length);
    // Filters alone list the newest claims, also by keyset.
    const newest = await search({ type: "territory", limit: "3" }, checker);
    const second = await search({ type: "territory", limit: "3", cursor: newest.nextCursor! }, checker);
    expect(second.claims.map((claim) => claim.id).some((id) => newest.claims.some((claim) => claim.id === id))).toBe(false);
    await expect(search({ q: word, cursor: newest.nextCursor! }, checker)).rejects.toMatchObject({ code: "invalid", details: { fields: { cursor: expect.any(Array) } } });
  });
});
