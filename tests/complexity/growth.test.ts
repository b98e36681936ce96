import { describe, expect, test } from "vitest";
import { countStringWork, cpuTimeGrowth, GROWTH, LINEAR_BOUND, workGrowth } from "@/tests/support/growth";

const digits = (length: number) => "1".repeat(length);
// V8 tries the match from every start position and each attempt runs to the end: quadratic inside one `exec`.
const backtracking = (text: string) => /\d+x/.test(text);

describe("timing growth in CPU time", () => {
  test("a linear scan stays under the bound", () => {
    const growth = cpuTimeGrowth(digits, 200_000, (text) => {
      let sum = 0;
      for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
      return sum;
    });
    expect(growth).toBeLessThan(LINEAR_BOUND);
  });

  test("backtracking inside one regular expression is rejected, though counting its scanned characters cannot see it", () => {
    expect(workGrowth(digits, 1000, backtracking)).toBeLessThan(GROWTH * 1.1);
    expect(cpuTimeGrowth(digits, 1000, backtracking)).toBeGreaterThan(LINEAR_BOUND);
  });

  test("a quadratic loop in plain code is rejected, though it calls no string built-in", () => {
    const pairs = (text: string) => {
      let equal = 0;
      for (let i = 0; i < text.length; i++) for (let j = i + 1; j < text.length; j++) if (text.charCodeAt(i) === text.charCodeAt(j)) equal++;
      return equal;
    };
    expect(countStringWork(() => pairs(digits(1000)))).toBe(0);
    expect(cpuTimeGrowth(digits, 1000, pairs)).toBeGreaterThan(LINEAR_BOUND);
  });
});
