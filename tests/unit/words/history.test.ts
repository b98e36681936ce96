import { describe, expect, test } from "vitest";
import { describeHistory, stateAfter } from "@/lib/words/history";

const entry = (action: string, before: unknown, after: unknown, actor = "Fran Checker") => ({ actor, action, before, after });

describe("history in sentences", () => {
  test.each([
    [entry("claim.take", { status: "new" }, { status: "in_review", assigneeId: "u1", assignee: "Fran Checker" }), "Fran Checker took the claim"],
    [entry("claim.assign", { status: "new" }, { status: "in_review", assigneeId: "u2", assignee: "Sam Smith" }, "Eddie Editor"), "Eddie Editor assigned the claim to Sam Smith"],
    [entry("verdict.return", { status: "proposed" }, { status: "returned", rating: "false", note: "Cite the ministry's own figure." }, "Eddie Editor"), "Eddie Editor returned the verdict: Cite the ministry's own figure."],
    [entry("verdict.approve", { status: "proposed" }, { status: "approved", rating: "mostly_true" }, "Eddie Editor"), "Eddie Editor approved the verdict “Mostly true”"],
    [entry("verdict.propose", { status: "in_review" }, { status: "proposed", rating: "half_true", rationale: "Two sources." }), "Fran Checker proposed the verdict “Half of it”"],
    [entry("claim.dismiss", { status: "new" }, { status: "dismissed", reason: "Opinion, not a fact" }), "Fran Checker dismissed the claim: Opinion, not a fact"],
    [entry("source.add", undefined, { sourceId: "s1", url: "https://a.example/x", title: null, archivedUrl: null, stance: "refutes" }), "Fran Checker added the source “https://a.example/x” (refutes)"],
    [entry("claim.create", undefined, { type: "casualties", statement: "12 hurt" }), "Fran Checker added the claim as casualties"],
  ])("%o reads as a sentence", (record, sentence) => {
    expect(describeHistory(record, { half_true: "Half of it" }).sentence).toBe(sentence);
  });

  test("an edit lists only the readable fields that changed, under their labels and with labels for values", () => {
    const words = describeHistory(
      entry("claim.edit", { status: "in_review", start: 0, end: 9, type: "other", statement: "A", speaker: null, assigneeId: "u1" }, { status: "in_review", start: 0, end: 9, type: "casualties", statement: "A", speaker: "Oleh Syniehubov", assigneeId: "u1" }),
    );
    expect(words).toEqual({
      sentence: "Fran Checker edited the claim",
      changes: [
        { label: "Type", from: "Other", to: "Casualties" },
        { label: "Speaker", to: "Oleh Syniehubov" },
      ],
    });
  });

  test("empty values are left out instead of being shown as null, dates are in words", () => {
    const before = { sourceId: "s1", url: "https://a.example", title: "Report", archivedUrl: null, publishedAt: null, stance: "supports" };
    const after = { ...before, archivedUrl: "https://archive.example/a", publishedAt: "2024-08-01T00:00:00.000Z" };
    const words = describeHistory(entry("source.edit", before, after));
    expect(words.changes).toEqual([
      { label: "Date", to: "1 Aug 2024" },
      { label: "Archived URL", to: "https://archive.example/a" },
    ]);
    expect(JSON.stringify(words)).not.toMatch(/null|archivedUrl|T00:00/);
  });

  test("an action without its own sentence still reads as words, not a key", () => {
    expect(describeHistory(entry("claim.something_new", {}, {})).sentence).toBe("Fran Checker: claim something new");
  });

  test("the state an entry moved the claim to is its label", () => {
    expect(stateAfter(entry("claim.take", { status: "new" }, { status: "in_review" }))).toBe("In review");
    expect(stateAfter(entry("source.add", undefined, { url: "https://a.example" }))).toBeNull();
  });
});
