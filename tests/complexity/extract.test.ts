import { describe, expect, test } from "vitest";
import { extractClaims } from "@/lib/extract";
import { classify } from "@/lib/extract/classify";
import { shippedTypeModel } from "@/lib/extract/type-model";
import { predictType } from "@/lib/extract/type-model/model";
import { cpuTimeGrowth, LINEAR_BOUND } from "@/tests/support/growth";
import { ARTICLE_INPUTS, CLAUSE_INPUTS } from "@/tests/support/pathological-inputs";

/**
 * Backtracking inside one regular expression and quadratic loops in plain code do not show in the
 * counted work of the unit tests (tests/unit/extract/robustness.test.ts): here the same inputs are
 * timed, in CPU time, at n and 16n characters.
 */
describe("extraction takes time in proportion to the text", () => {
  test.each(ARTICLE_INPUTS)("%s", (_, make) => {
    expect(cpuTimeGrowth(make, 10_000, (text) => extractClaims(text))).toBeLessThan(LINEAR_BOUND);
  });
});

describe("typing a clause takes time in proportion to the clause", () => {
  test.each(CLAUSE_INPUTS)("long runs of %s", (_, make) => {
    expect(cpuTimeGrowth(make, 20_000, (clause) => classify({ clause, units: [] }))).toBeLessThan(LINEAR_BOUND);
  });
});

describe("typing a clause by the type model takes time in proportion to the clause", () => {
  const ruleScores = { casualties: 2, territory: 0, military: 1, aid: 0, economic: 0, humanitarian: 0, event: 0, other: 0 };
  test.each(CLAUSE_INPUTS)("long runs of %s", (_, make) => {
    const model = shippedTypeModel();
    expect(cpuTimeGrowth(make, 20_000, (clause) => predictType(model, { clause, units: ["people"], ruleScores, ruleType: "casualties", carry: null, sentence: clause }))).toBeLessThan(LINEAR_BOUND);
  });
});
