import { describe, expect, test } from "vitest";
import { emptyTally, halfOf, quantitiesMatch, scoreSentence, scores, type Miss, type ScoredQuantity } from "@/scripts/quantity-score";

function q(start: number, end: number, fields: Partial<ScoredQuantity> = {}): ScoredQuantity {
  return { start, end, text: "", value: null, low: null, high: null, unit: null, ...fields };
}

describe("quantity scoring", () => {
  test("a match needs overlapping spans and a value within 0.5%", () => {
    expect(quantitiesMatch(q(0, 5, { value: 1000 }), q(3, 8, { value: 1004 }))).toBe(true);
    expect(quantitiesMatch(q(0, 5, { value: 1000 }), q(3, 8, { value: 1010 }))).toBe(false);
    expect(quantitiesMatch(q(0, 5, { value: 1000 }), q(5, 8, { value: 1000 }))).toBe(false);
  });

  test("without values, low and high must agree", () => {
    expect(quantitiesMatch(q(0, 5, { low: 8, high: 9 }), q(0, 5, { low: 8, high: 9 }))).toBe(true);
    expect(quantitiesMatch(q(0, 5, { low: 8, high: 9 }), q(0, 5, { low: 8, high: null }))).toBe(false);
    expect(quantitiesMatch(q(0, 5, { low: 8, high: 9 }), q(0, 5, { value: 8 }))).toBe(false);
  });

  test("P/R/F1 and attribute accuracies over matched quantities, with the misses named", () => {
    const tally = emptyTally();
    const misses: Miss[] = [];
    const gold = [q(0, 3, { value: 5, unit: "tanks", period: "week" }), q(10, 12, { value: 2, unit: "USD" })];
    scoreSentence({ id: "s1", text: "", quantities: gold }, [q(0, 3, { value: 5, unit: "tanks", period: null }), q(20, 22, { value: 7 })], tally, misses);
    const s = scores(tally);
    expect([s.precision, s.recall, s.f1]).toEqual([0.5, 0.5, 0.5]);
    expect([s.unit, s.period]).toEqual([1, 0]);
    expect(misses.map((miss) => miss.what).sort()).toEqual(["missed", "period", "spurious"]);
  });

  test("each gold quantity takes one prediction at most", () => {
    const tally = emptyTally();
    scoreSentence({ id: "s", text: "", quantities: [q(0, 3, { value: 5 }), q(0, 3, { value: 5 })] }, [q(0, 3, { value: 5 })], tally, []);
    expect(tally.matched).toBe(1);
  });

  test("the halves split by id, stably and about evenly", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `sent-${i}`);
    const tune = ids.filter((id) => halfOf(id) === "tune").length;
    expect(tune).toBeGreaterThan(400);
    expect(tune).toBeLessThan(600);
    expect(ids.map(halfOf)).toEqual(ids.map(halfOf));
  });
});
