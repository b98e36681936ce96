import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { findDatelineOutlet } from "@/lib/import/dateline";
import { extractClaims } from "@/lib/extract";
import { parseAll, SEEDS } from "./helpers";

describe(".txt and .md files", () => {
  test("a dated seed file keeps its text exactly, gives its date and the outlet of its dateline", async () => {
    const content = fs.readFileSync(path.join(SEEDS, "2024-04-03-nato-security-assistance.txt"), "utf8");
    const [item] = await parseAll("2024-04-03-nato-security-assistance.txt", content);
    expect(item?.ok).toBe(true);
    if (!item?.ok) return;
    expect(item.article.text).toBe(content);
    expect(item.article.publishedAt?.toISOString()).toBe("2024-04-03T00:00:00.000Z");
    expect(item.article.outlet).toBe("UkrinForm");
    // The date token is metadata: no claim covers it.
    for (const claim of extractClaims(item.article.text)) expect(claim.start).toBeGreaterThanOrEqual(" date 2024-04-03".length);
  });

  test("a seed without a dateline has no outlet", async () => {
    const content = fs.readFileSync(path.join(SEEDS, "2023-11-29-nato-foreign-ministers.txt"), "utf8");
    const [item] = await parseAll("nato.txt", content);
    expect(item?.ok && item.article.outlet).toBe(undefined);
    expect(item?.ok && item.article.publishedAt?.toISOString()).toBe("2023-11-29T00:00:00.000Z");
  });

  test("a Markdown heading becomes the title; the text stays as written", async () => {
    const content = "# Kyiv hit by drones\n\nKYIV (Wire) — Ukraine said 12 drones were shot down overnight.\n";
    const [item] = await parseAll("story.md", content);
    expect(item).toMatchObject({ ok: true, line: null, article: { text: content, title: "Kyiv hit by drones", outlet: "Wire" } });
  });

  test("a file that is not UTF-8 is refused with the line of the first bad byte", async () => {
    const bytes = Buffer.concat([Buffer.from("First line\nSecond line caf"), Buffer.from([0xe9]), Buffer.from("\n")]);
    expect(await parseAll("latin1.txt", bytes)).toEqual([{ ok: false, file: "latin1.txt", line: 2, reason: "not valid UTF-8 text" }]);
  });

  test("a file over the per-article limit is refused naming the limit", async () => {
    const [item] = await parseAll("big.txt", "word ".repeat(400), { maxArticleBytes: 1024 });
    expect(item).toMatchObject({ ok: false, reason: expect.stringContaining("1 KB per article (IMPORT_MAX_ARTICLE_BYTES)") });
  });

  test("an unknown extension is reported, not guessed", async () => {
    expect(await parseAll("report.pdf", "%PDF")).toMatchObject([{ ok: false, reason: expect.stringContaining("unsupported file type") }]);
  });
});

describe("datelines", () => {
  test.each([
    [" date 2024-04-03 (MENAFN- UkrinForm) NATO foreign ministers have supported", "UkrinForm"],
    ["KYIV (Wire) — Russian forces shelled the city.", "Wire"],
    ["MINSK, 24 April (BelTA) – The USA made a mistake by uniting Russia", "BelTA"],
    ["Subscribe to us Twitter\n\nMINSK, 24 April (BelTA) – The USA made a mistake", "BelTA"],
    ["Dubai, United Arab Emirates (CNN)- The US Deputy Minister of Defense", "CNN"],
    ["CAPRI, Italy (AP) — Top NATO and European Union officials", "AP"],
  ])("%j names %s", (text, outlet) => {
    expect(findDatelineOutlet(text)).toBe(outlet);
  });

  test.each([
    ["LONDON, Nov 29 (Reuters) - Britain imposed sanctions.", "Reuters"],
    ["NEW YORK, May 2, 2024 /PRNewswire/ -- Acme Corp reported revenue.", "PRNewswire"],
    ["Headline\n\nCNN —\n\nThe text begins here.", "CNN"],
    ["Jan 5 (Reuters) - Tesla shares rose 4% in premarket trading.", "Reuters"],
    ["(Bloomberg) -- Tesla shares rose 4% in premarket trading.", "Bloomberg"],
    ["BEIJING/HONG KONG, Jan 5 (Reuters) - China's exports rose 10.7% in December.", "Reuters"],
    ["BERLIN, 4. März (dpa) - Germany recorded 1.2 million births last year.", "dpa"],
  ])("%j names %s", (text, outlet) => {
    expect(findDatelineOutlet(text)).toBe(outlet);
  });

  test("a dateline with a year dates the article; one without a year does not", async () => {
    const [dated] = await parseAll("story.txt", "Kyiv, 3 April 2024 — Air defence shot down 11 drones.");
    expect(dated?.ok && dated.article.publishedAt?.toISOString()).toBe("2024-04-03T00:00:00.000Z");
    const [undated] = await parseAll("story.txt", "LONDON, Nov 29 (Reuters) - Britain imposed sanctions on 46 companies.");
    expect(undated?.ok && undated.article.publishedAt).toBe(undefined);
    const [impossible] = await parseAll("story.txt", "Kyiv, 31 February 2024 — Air defence shot down 11 drones.");
    expect(impossible?.ok && impossible.article.publishedAt).toBe(undefined);
  });

  test("a dateline in a wire service's own language dates the article by its month's name", async () => {
    const [dated] = await parseAll("story.txt", "BERLIN, 4. März 2024 (dpa) - Germany recorded 1.2 million births last year.");
    expect(dated?.ok && dated.article.publishedAt?.toISOString()).toBe("2024-03-04T00:00:00.000Z");
  });

  test("a dated header wins over the dateline's date", async () => {
    const [item] = await parseAll("story.txt", " date 2024-04-05 Kyiv, 3 April 2024 — Air defence shot down 11 drones.");
    expect(item?.ok && item.article.publishedAt?.toISOString()).toBe("2024-04-05T00:00:00.000Z");
  });

  test.each([
    "Emmanuel Macron has told a press conference in Berlin (Germany) that he plans talks.",
    "The head of the Ministry (MFA) said on Monday that 20 people died.",
  ])("ordinary prose is not a dateline: %j", (text) => {
    expect(findDatelineOutlet(text)).toBe(undefined);
  });
});
