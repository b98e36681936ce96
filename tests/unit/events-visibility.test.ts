import { describe, expect, test } from "vitest";
import { eventVisibleTo, formatServerSentEvent, parseLastEventId } from "@/lib/events/visibility";
import { ROLES } from "@/lib/auth/roles";

describe("eventVisibleTo", () => {
  test("claim events reach every role that reads claims", () => {
    for (const role of ROLES) expect(eventVisibleTo({ type: "claim.changed", userId: null }, { id: "u", role })).toBe(true);
  });

  test("a notification reaches only its recipient", () => {
    expect(eventVisibleTo({ type: "notification.created", userId: "u" }, { id: "u", role: "viewer" })).toBe(true);
    expect(eventVisibleTo({ type: "notification.created", userId: "other" }, { id: "u", role: "admin" })).toBe(false);
    expect(eventVisibleTo({ type: "notification.created", userId: null }, { id: "u", role: "admin" })).toBe(false);
  });

  test("account changes are never sent", () => {
    expect(eventVisibleTo({ type: "user.changed", userId: "u" }, { id: "u", role: "admin" })).toBe(false);
  });
});

describe("stream format", () => {
  test("one event per block with its id", () => {
    expect(formatServerSentEvent({ id: "7", type: "claim.changed", data: { claimId: "c" } })).toBe('id: 7\nevent: claim.changed\ndata: {"claimId":"c"}\n\n');
  });

  test("only a decimal Last-Event-ID is replayed from", () => {
    expect(parseLastEventId(" 42 ")).toBe(42n);
    expect(parseLastEventId("abc")).toBeNull();
    expect(parseLastEventId(null)).toBeNull();
    expect(parseLastEventId("1".repeat(30))).toBeNull();
  });
});
