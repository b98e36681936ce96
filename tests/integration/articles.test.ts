import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { importArticle, getArticleWithClaims } from "@/lib/server/articles/articles";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/http/errors";
import { makeUser } from "./helpers";

const seedText = fs.readFileSync(path.resolve(import.meta.dirname, "../../prisma/demo/2023-11-29-nato-foreign-ministers.txt"), "utf8");

describe("importing an article", () => {
  test("stores the text byte for byte with its extracted claims anchored into it", async () => {
    const checker = await makeUser("fact_checker");
    const result = await importArticle({ text: seedText }, checker);
    expect(result.status).toBe("created");
    const article = await getArticleWithClaims(result.articleId, checker);
    expect(article.text).toBe(seedText);
    expect(article.publishedAt?.toISOString()).toBe("2023-11-29T00:00:00.000Z");
    expect(article.claims.length).toBeGreaterThan(0);
    for (const claim of article.claims) expect(article.text.slice(claim.start, claim.end)).toBe(claim.quote);
    const casualties = article.claims.find((claim) => claim.quote.includes("300,000"));
    expect(casualties?.type).toBe("casualties");
    expect(casualties?.figures[0]?.value).toBe(300000);
  });

  test("the same text again is a duplicate that creates nothing", async () => {
    const checker = await makeUser("fact_checker");
    const text = `${seedText}\n`;
    const first = await importArticle({ text, title: "Copy" }, checker);
    const counts = [await db().article.count(), await db().claim.count()];
    const second = await importArticle({ text: text.replace(/\n/g, "\r\n"), title: "Copy again" }, checker);
    expect(second).toEqual({ status: "duplicate", articleId: first.articleId });
    expect([await db().article.count(), await db().claim.count()]).toEqual(counts);
  });

  test("viewers cannot import, and invalid input names its fields", async () => {
    const viewer = await makeUser("viewer");
    await expect(importArticle({ text: "Ukraine said 5 tanks were lost." }, viewer)).rejects.toMatchObject({ code: "forbidden" });
    const checker = await makeUser("fact_checker");
    const error = await importArticle({ text: "", url: "ftp://x" }, checker).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(Object.keys((error as AppError).details?.fields as object).sort()).toEqual(["text", "url"]);
  });

  // A whole number beyond 2^53 in a figure made the bulk insert fail ("can't be represented as a
  // JavaScript number"): figure values are doubles and are stored as such.
  test("figures too large for a 53-bit integer are stored", async () => {
    const checker = await makeUser("fact_checker");
    const result = await importArticle({ text: "Scientists said the cloud held 1.5e16 particles, the agency said on Monday." }, checker);
    expect(result.status).toBe("created");
    const figures = await db().figure.findMany({ where: { claim: { articleId: result.articleId } } });
    expect(figures.map((figure) => figure.value)).toContain(1.5e16);
  });
});
