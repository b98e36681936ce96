import { describe, expect, test } from "vitest";
import { claimExportFiltersSchema, rangeEnd, rangeStart } from "@/lib/export/filters";

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
