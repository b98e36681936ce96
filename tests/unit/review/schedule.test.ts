import { describe, expect, test } from "vitest";
import { isOverdue, scheduleSchema } from "@/lib/review/schedule";

describe("scheduleSchema", () => {
  test("a day is due at the end of that day UTC; none clears; blank leaves alone", () => {
    expect(scheduleSchema.parse({ dueAt: "2026-12-01" }).dueAt?.toISOString()).toBe("2026-12-01T23:59:59.999Z");
    expect(scheduleSchema.parse({ dueAt: "2026-12-01T10:00:00+02:00" }).dueAt?.toISOString()).toBe("2026-12-01T08:00:00.000Z");
    expect(scheduleSchema.parse({ dueAt: "none" }).dueAt).toBeNull();
    expect(scheduleSchema.parse({ dueAt: "", priority: "urgent" })).toEqual({ priority: "urgent" });
  });

  test("bad input is refused", () => {
    expect(scheduleSchema.safeParse({ priority: "asap" }).success).toBe(false);
    expect(scheduleSchema.safeParse({ dueAt: "tomorrow" }).success).toBe(false);
    expect(scheduleSchema.safeParse({ version: 3 }).success).toBe(false);
  });
});

describe("isOverdue", () => {
  const now = new Date("2026-12-02T00:00:00Z");
  test("past due and still waiting", () => {
    expect(isOverdue({ dueAt: new Date("2026-12-01T23:59:59Z"), status: "in_review" }, now)).toBe(true);
    expect(isOverdue({ dueAt: new Date("2026-12-02T00:00:01Z"), status: "in_review" }, now)).toBe(false);
    expect(isOverdue({ dueAt: new Date("2026-12-01T00:00:00Z"), status: "approved" }, now)).toBe(false);
    expect(isOverdue({ dueAt: null, status: "new" }, now)).toBe(false);
  });
});
