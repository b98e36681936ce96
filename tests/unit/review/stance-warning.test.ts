import { describe, expect, test } from "vitest";
import { stanceWarning } from "@/lib/review/stance-warning";

const SCALE = [
  { key: "true", label: "True", value: 5 },
  { key: "mostly_true", label: "Mostly true", value: 4 },
  { key: "mixed", label: "Mixed", value: 3 },
  { key: "mostly_false", label: "Mostly false", value: 2 },
  { key: "false", label: "False", value: 1 },
  { key: "misleading", label: "Misleading", value: 2 },
  { key: "unverifiable", label: "Unverifiable", value: 0 },
];
const rating = (key: string) => SCALE.find((entry) => entry.key === key)!;

describe("a warning when the sources contradict the rating", () => {
  test("every source supports but the rating is False", () => {
    expect(stanceWarning(["supports", "context", "supports"], rating("false"), SCALE)).toBe("All 2 sources support the claim, but the rating is “False”");
  });
  test("every source refutes but the rating is True", () => {
    expect(stanceWarning(["refutes"], rating("true"), SCALE)).toBe("The only source refutes the claim, but the rating is “True”");
    expect(stanceWarning(["refutes", "refutes"], rating("mostly_true"), SCALE)).toMatch(/All 2 sources refute/);
  });
  test.each([
    [["supports", "refutes"], "false"],
    [["supports"], "true"],
    [["supports"], "mixed"],
    [["refutes"], "misleading"],
    [["context"], "false"],
    [[], "true"],
    [["supports"], "unverifiable"],
  ])("no warning for %o rated %s", (stances, key) => {
    expect(stanceWarning(stances, rating(key), SCALE)).toBeNull();
  });
});
