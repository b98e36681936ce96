import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { extractClaims, extractFigures, splitSentences } from "@/lib/extract";
import { extractClaimsUnsafe } from "@/lib/extract/claims";
import { LINEAR_BOUND, workGrowth } from "@/tests/support/growth";
import { ARTICLE_INPUTS } from "@/tests/support/pathological-inputs";

const junk: [string, string][] = [
  ["empty", ""],
  ["whitespace", " \n\t\r\n  \u00a0 "],
  ["binary", Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join("")],
  ["lone surrogates", "\ud800 Russia lost 300 tanks \udc00\ud83d. \udfff 5 \ud800"],
  ["html", "<html><body><p>Russia lost <b>300</b> tanks.</p><script>var x = 1,000,000;</script></body></html>"],
  ["non-English", "Росія втратила понад 300 000 осіб. 俄罗斯损失了数千辆坦克。 روسيا خسرت 300 دبابة."],
  ["punctuation only", ".,;:!?“”\"'()[]{}-–—…".repeat(200)],
  ["dated header only", " date 2023-11-29"],
  ["header lookalike", " date 2023-13-99x"],
  ["numbers soup", "1,2,3.4.5 $ € £ % 1-2-3 -- 10 to to to 5 between and 6 half half of of hundreds of of"],
  ["unclosed quotes", "“He said “Russia lost “300” tanks. \"Open \"\" and ” close"],
];

describe("never throws", () => {
  test.each(junk)("%s", (_, text) => {
    const claims = extractClaims(text);
    expect(Array.isArray(claims)).toBe(true);
    for (const c of claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(Array.isArray(extractFigures(text))).toBe(true);
    for (const s of splitSentences(text)) expect(s.end).toBeGreaterThan(s.start);
  });

  // extractClaims turns a defect into "no claims" for the article, which would hide it: the engine
  // itself must not throw on any real article.
  test("no article of the corpus or of the development set makes the engine throw", () => {
    const root = path.resolve(import.meta.dirname, "../../..");
    const corpus = readFileSync(path.resolve(root, "../shared/datasets/ukraine-news-447.jsonl"), "utf8").trim().split("\n").map((line) => (JSON.parse(line) as { text: string }).text);
    const devDir = path.join(root, "tests/fixtures/claims-dev");
    const dev = readdirSync(devDir).filter((f) => f.endsWith(".json")).map((f) => (JSON.parse(readFileSync(path.join(devDir, f), "utf8")) as { text: string }).text);
    for (const text of [...corpus, ...dev]) expect(() => extractClaimsUnsafe(text)).not.toThrow();
  }, 120_000);

  test("non-string input from untyped callers", () => {
    expect(extractClaims(undefined as unknown as string)).toEqual([]);
    expect(extractFigures(null as unknown as string)).toEqual([]);
  });
});

/**
 * Scanning the same text again and again shows as work growing much faster than the input; counted,
 * not timed (tests/support/growth.ts). tests/complexity/extract.test.ts times the same inputs, which
 * also catches backtracking inside one regular expression and quadratic loops in plain code.
 */
describe("linear work", () => {
  test.each(ARTICLE_INPUTS)("%s", (_, make) => {
    expect(workGrowth(make, 8000, (text) => extractClaims(text))).toBeLessThan(LINEAR_BOUND);
  });
});
