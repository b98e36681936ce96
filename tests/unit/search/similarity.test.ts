import { describe, expect, test } from "vitest";
import { compareFigures, figuresAgree, figureValue, normalizeUnit } from "@/lib/search/figures";
import { candidateQueries, distinctiveLexemes, rankRelated, RELATED_THRESHOLD, SAME_THRESHOLD, scoreRelated } from "@/lib/search/similarity";
import { contentTokens, jaccard, namedEntities, stem } from "@/lib/search/text";

const troops = (value: number, unit = "troops") => [{ value, unit, low: null, high: null }];
const claim = (statement: string, figures = troops(100_000), type = "military") => ({ statement, type, figures });

describe("text", () => {
  test("stems and drops stop words", () => {
    expect(stem("soldiers")).toBe("soldier");
    expect(stem("killed")).toBe("kill");
    expect(stem("casualties")).toBe("casualty");
    expect([...contentTokens("The soldiers were killed near the border")]).toEqual(["soldier", "kill", "near", "border"]);
  });

  test("named entities are capitalised runs, without possessives or sentence-initial words", () => {
    expect([...namedEntities("The Pentagon said Russia's troops near Ukraine moved, Lloyd Austin added")]).toEqual(["pentagon", "russia", "ukraine", "lloyd austin"]);
  });

  test("jaccard", () => {
    expect(jaccard(new Set([1, 2]), new Set([2, 3]))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });
});

describe("figures", () => {
  test("units have synonyms; currencies stay codes", () => {
    expect(normalizeUnit("soldiers")).toBe("troops");
    expect(normalizeUnit("tons")).toBe("tonnes");
    expect(normalizeUnit("USD")).toBe("USD");
    expect(normalizeUnit(null)).toBeNull();
  });

  test("agree within rounding, or when ranges overlap", () => {
    expect(figuresAgree({ value: 100_000, unit: "troops" }, { value: 101_000, unit: "soldiers" })).toBe(true);
    expect(figuresAgree({ value: 100_000, unit: "troops" }, { value: 130_000, unit: "troops" })).toBe(false);
    expect(figuresAgree({ value: 100_000, unit: "troops" }, { value: 100_000, unit: "USD" })).toBe(false);
    expect(figuresAgree({ value: null, unit: "troops", low: 70_000, high: 80_000 }, { value: 75_000, unit: "troops" })).toBe(true);
    expect(figuresAgree({ value: null, unit: "troops", low: 1000, high: null }, { value: 1000, unit: "troops" })).toBe(true);
  });

  test("a conflict is the same unit with no agreeing value", () => {
    expect(compareFigures(troops(100_000), troops(130_000))).toEqual({ shared: 0, comparable: 1, conflict: true });
    expect(compareFigures(troops(100_000), troops(100_000))).toEqual({ shared: 1, comparable: 1, conflict: false });
    expect(compareFigures(troops(100_000), [{ value: 5, unit: "days" }])).toMatchObject({ conflict: false, shared: 0 });
    expect(compareFigures([], [])).toEqual({ shared: 0, comparable: 0, conflict: false });
  });

  test("a range is charted at its middle", () => {
    expect(figureValue({ value: null, unit: null, low: 30_000, high: 35_000 })).toBe(32_500);
    expect(figureValue({ value: null, unit: null, low: 1000, high: null })).toBeNull();
  });
});

describe("scoreRelated", () => {
  const base = claim("Russia has deployed more than 100,000 troops near the border with Ukraine");

  test("an exact repeat is the same claim", () => {
    const score = scoreRelated(base, base, 1);
    expect(score.level).toBe("same");
    expect(score.score).toBe(1);
  });

  test("the same words with another figure are related, never the same", () => {
    const other = claim("Russia has deployed more than 130,000 troops near the border with Ukraine", troops(130_000));
    const score = scoreRelated(base, other, 0.86);
    expect(score.level).toBe("related");
    expect(score.parts.figureConflict).toBe(true);
    expect(score.score).toBeLessThan(SAME_THRESHOLD);
  });

  test("a rewording with the same figure is related; an unrelated statement is not", () => {
    const rewording = claim("More than 100,000 Russian troops have amassed on the border with Ukraine");
    expect(scoreRelated(base, rewording, 0.45).level).toBe("related");
    const unrelated = claim("The central bank raised interest rates to 20 percent", [{ value: 20, unit: "percent", low: null, high: null }], "economic");
    expect(scoreRelated(base, unrelated, 0.1).score).toBeLessThan(RELATED_THRESHOLD);
  });

  test("rankRelated orders by score and drops the unrelated", () => {
    const ranked = rankRelated(base, [
      { item: "other-figure", trigram: 0.86, claim: claim("Russia has deployed more than 130,000 troops near the border with Ukraine", troops(130_000)) },
      { item: "unrelated", trigram: 0.05, claim: claim("Wheat prices fell", [], "economic") },
      { item: "repeat", trigram: 1, claim: base },
    ]);
    expect(ranked.map((entry) => [entry.item, entry.level])).toEqual([["repeat", "same"], ["other-figure", "related"]]);
  });
});

describe("candidate queries", () => {
  test("the rarest words are chosen, numbers never, longer words first when nothing is known", () => {
    const lexemes = ["russia", "deploy", "100", "000", "troop", "near", "border", "ukrain", "pentagon", "said"];
    const frequency = new Map([["russia", 0.2], ["ukrain", 0.25], ["said", 0.3], ["border", 0.01], ["troop", 0.02], ["near", 0.01]]);
    expect(distinctiveLexemes(lexemes, frequency)).toEqual(["pentagon", "deploy", "border", "near"]);
    expect(distinctiveLexemes(lexemes, new Map())).toEqual(["pentagon", "border", "deploy", "russia"]);
    expect(distinctiveLexemes(["12", "000", "a"], new Map())).toEqual([]);
  });

  test("all the words first, then any two of them", () => {
    expect(candidateQueries(["pentagon", "deploy", "border"])).toEqual([
      "'pentagon' & 'deploy' & 'border'",
      "('pentagon' & 'deploy') | ('pentagon' & 'border') | ('deploy' & 'border')",
    ]);
    expect(candidateQueries(["kyiv", "odesa"])).toEqual(["('kyiv' & 'odesa')"]);
    expect(candidateQueries(["o'brien"])).toEqual(["'o''brien'"]);
    expect(candidateQueries([])).toEqual([]);
  });
});
