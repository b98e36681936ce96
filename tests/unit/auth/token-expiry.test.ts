import { describe, expect, test } from "vitest";
import { parseTokenExpiry } from "@/lib/auth/token-expiry";

const NOW = new Date("2026-06-15T10:30:00Z");

describe("token expiry", () => {
  test.each([
    ["never", null],
    ["30d", "2026-07-15T10:30:00.000Z"],
    [" 90d ", "2026-09-13T10:30:00.000Z"],
    ["2027-01-31", "2027-01-31T00:00:00.000Z"],
    ["2026-06-15T14:00:00+02:00", "2026-06-15T12:00:00.000Z"],
  ])("%j expires at %s", (text, expected) => {
    expect(parseTokenExpiry(text, NOW)).toEqual({ ok: true, expiresAt: expected === null ? null : new Date(expected) });
  });

  test.each([
    ["0d", /at least 1 day/],
    ["2026-06-15", /2026-06-15T00:00:00.000Z is not in the future/],
    ["2026-06-15T12:00:00+02:00", /2026-06-15T10:00:00.000Z is not in the future/],
    ["2027-02-31", /2027-02-31 is not a date/],
    ["soon", /"soon" is not understood.*90d.*2027-01-31/],
    ["90", /"90" is not understood/],
  ])("%j is refused", (text, message) => {
    const result = parseTokenExpiry(text, NOW);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
