import { describe, expect, test } from "vitest";
import { claimChangeNotices, commentNotices, wanted } from "@/lib/notifications/rules";

describe("claimChangeNotices", () => {
  test("assigning tells the new assignee it is theirs and the previous one it changed", () => {
    expect(claimChangeNotices({ actorId: "ed", assigneeBefore: "old", assigneeAfter: "new" })).toEqual([
      { userId: "new", kind: "assigned" },
      { userId: "old", kind: "claim_changed" },
    ]);
  });

  test("nobody is told about their own change", () => {
    expect(claimChangeNotices({ actorId: "me", assigneeBefore: null, assigneeAfter: "me" })).toEqual([]);
    expect(claimChangeNotices({ actorId: "me", assigneeBefore: "me", assigneeAfter: "me" })).toEqual([]);
  });

  test("a returned verdict tells its author with the note, once, not also as a change", () => {
    expect(
      claimChangeNotices({ actorId: "ed", assigneeBefore: "ch", assigneeAfter: "ch", verdict: { authorId: "ch", outcome: "returned", note: "needs a source" } }),
    ).toEqual([{ userId: "ch", kind: "verdict_returned", text: "needs a source" }]);
    expect(claimChangeNotices({ actorId: "ed", assigneeBefore: "ch", assigneeAfter: "ch", verdict: { authorId: "other", outcome: "approved", note: null } })).toEqual([
      { userId: "other", kind: "verdict_approved" },
      { userId: "ch", kind: "claim_changed" },
    ]);
  });
});

describe("commentNotices", () => {
  test("mentions win over the assignee's comment notice; the author is not told", () => {
    expect(commentNotices({ actorId: "a", assigneeId: "b", mentionedIds: ["b", "a", "c"] }, "hello")).toEqual([
      { userId: "b", kind: "mentioned", text: "hello" },
      { userId: "c", kind: "mentioned", text: "hello" },
    ]);
    expect(commentNotices({ actorId: "a", assigneeId: "b", mentionedIds: [] }, "x".repeat(500))[0]!.text).toHaveLength(200);
  });
});

describe("wanted", () => {
  test("drops the kinds a recipient turned off", () => {
    const notices = [
      { userId: "a", kind: "assigned" as const },
      { userId: "b", kind: "assigned" as const },
    ];
    expect(wanted(notices, new Map([["a", ["assigned" as const]]]))).toEqual([notices[1]]);
  });
});
