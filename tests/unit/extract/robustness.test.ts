import { describe, expect, test } from "vitest";
import { extractClaims, extractFigures, splitSentences } from "@/lib/extract";

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

  test("non-string input from untyped callers", () => {
    expect(extractClaims(undefined as unknown as string)).toEqual([]);
    expect(extractFigures(null as unknown as string)).toEqual([]);
  });
});

/**
 * Catastrophic backtracking or quadratic loops show as time growing much faster than input: the
 * time on 4n must stay within a generous multiple of the time on n (linear would be about 4).
 */
/** Best of five timings of a batch sized so that one batch of the small input takes at least 20 ms. */
function timeOf(run: () => void, batch: number): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    for (let b = 0; b < batch; b++) run();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function expectLinear(make: (n: number) => string, n: number): void {
  const small = make(n);
  const large = make(4 * n);
  let batch = 1;
  while (timeOf(() => extractClaims(small), batch) < 20 && batch < 1024) batch *= 2;
  const ratio = timeOf(() => extractClaims(large), batch) / timeOf(() => extractClaims(small), batch);
  // Linear is about 4 and quadratic about 16.
  expect(ratio).toBeLessThan(10);
}

describe("linear time", { timeout: 120_000 }, () => {
  test("100,000 digits", () => expectLinear((n) => "7".repeat(n), 100_000));
  test("100,000 commas", () => expectLinear((n) => ",".repeat(n), 100_000));
  test("digit groups without end", () => expectLinear((n) => "1,000".repeat(n / 5), 25_000));
  test("deeply nested quotes", () => expectLinear((n) => "“He said “she said “they said ".repeat(n / 30) + "”".repeat(n / 30), 25_000));
  test("one endless sentence of words", () => expectLinear((n) => "Russia lost more than 300 tanks and ".repeat(n / 36), 25_000));
  test("capitalised words without end", () => expectLinear((n) => "Seven Jens Stoltenberg Minister ".repeat(n / 32), 25_000));
  test("a 5 MB article", { timeout: 120_000 }, () => {
    const paragraph =
      "NATO Secretary General Jens Stoltenberg said Russia had lost more than 300,000 people, hundreds of aircraft and thousands of tanks. “We remain steadfast,” he said. The Secretary-General said Ukraine has recaptured half of the territory.\n\n";
    expectLinear((n) => paragraph.repeat(Math.ceil(n / paragraph.length)), 1_250_000);
  });
});
