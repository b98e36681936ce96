import { describe, expect, test } from "vitest";
import { claimExportFiltersSchema, collectionFiltersSchema, isDateParam, rangeEnd, rangeStart } from "@/lib/export/filters";

describe("export filters", () => {
  test("a bare day is a whole UTC day: from its start, up to the next day's start", () => {
    expect(rangeStart("2024-03-03")?.toISOString()).toBe("2024-03-03T00:00:00.000Z");
    expect(rangeEnd("2024-03-03")?.toISOString()).toBe("2024-03-04T00:00:00.000Z");
    expect(rangeEnd("2024-12-31")?.toISOString()).toBe("2025-01-01T00:00:00.000Z");
    expect(rangeEnd("2024-03-03T12:30:00Z")?.toISOString()).toBe("2024-03-03T12:30:00.000Z");
    expect(rangeStart(undefined)).toBeUndefined();
  });

  test("blank parameters mean no filter; unknown states, types and dates are refused", () => {
    expect(claimExportFiltersSchema.parse({ state: "", type: " ", from: "" })).toEqual({});
    expect(claimExportFiltersSchema.parse({ state: "approved", type: "aid", assigneeId: "u1" })).toEqual({ state: "approved", type: "aid", assigneeId: "u1" });
    expect(claimExportFiltersSchema.safeParse({ state: "done" }).success).toBe(false);
    expect(claimExportFiltersSchema.safeParse({ type: "rumour" }).success).toBe(false);
    expect(claimExportFiltersSchema.safeParse({ from: "last week" }).success).toBe(false);
  });
});

// The probe's case: impossible dates passed validation, then broke the export after its first bytes.
describe("date filters are real dates", () => {
  test.each(["2024-13-45", "99999-01-01", "2024-02-30", "2023-02-29", "0000-01-01", "2024-04-03T25:00:00Z", "2024-04-03T09:00", "+099999-01-01T00:00:00Z"])(
    "%s is refused",
    (value) => {
      expect(isDateParam(value)).toBe(false);
      expect(claimExportFiltersSchema.safeParse({ from: value }).success).toBe(false);
      expect(collectionFiltersSchema.safeParse({ to: value }).success).toBe(false);
    },
  );

  test.each(["2024-02-29", "2024-04-03", "2024-04-03T09:00:00Z", "2024-04-03T09:00:00.123+02:00", "1999-12-31T23:59Z"])("%s is accepted", (value) => {
    expect(isDateParam(value)).toBe(true);
    expect(claimExportFiltersSchema.safeParse({ from: value, to: value }).success).toBe(true);
  });
});
