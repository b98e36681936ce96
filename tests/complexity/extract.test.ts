import { describe, expect, test } from "vitest";
import { extractClaims } from "@/lib/extract";
import { classify } from "@/lib/extract/classify";
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
