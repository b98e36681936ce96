import { describe, expect, test } from "vitest";
import { formatDay, formatMoment } from "@/lib/words/dates";
import { claimTypeLabel, humanize, stanceLabel } from "@/lib/words/labels";

describe("labels and dates a person reads", () => {
  test("keys become labels", () => {
    expect(humanize("mostly_true")).toBe("Mostly true");
    expect(humanize("in_review")).toBe("In review");
    expect(claimTypeLabel("humanitarian")).toBe("Humanitarian");
    expect(stanceLabel("refutes")).toBe("Refutes");
  });
  // The unit tests run in America/Los_Angeles: a date stored at UTC midnight must not show the day before.
  test("dates are written the same in every zone, in words", () => {
    expect(formatDay(new Date("2024-08-01T00:00:00.000Z"))).toBe("1 Aug 2024");
    expect(formatMoment(new Date("2024-08-01T14:05:59.000Z"))).toBe("1 Aug 2024, 14:05 UTC");
  });
});
