import { describe, expect, test } from "vitest";
import { findMentions, mentionQueryAt } from "@/lib/comments/mentions";

const users = [
  { id: "a", name: "Ann Lee" },
  { id: "b", name: "Ann" },
];

describe("findMentions", () => {
  test("finds each mention with its offsets, case-insensitively", () => {
    expect(findMentions("hi @ann lee, and @Ann.", users)).toEqual([
      { user: users[0], start: 3, end: 11 },
      { user: users[1], start: 17, end: 21 },
    ]);
  });

  test("a name must end at a word boundary; unknown names are not mentions", () => {
    expect(findMentions("@Annabel and @Bob", users)).toEqual([]);
  });
});

describe("mentionQueryAt", () => {
  test("the partial name after the @ before the caret", () => {
    expect(mentionQueryAt("ask @An", 7)).toEqual({ start: 4, query: "An" });
    expect(mentionQueryAt("ask @Ann L", 10)).toEqual({ start: 4, query: "Ann L" });
    expect(mentionQueryAt("no mention", 10)).toBeNull();
    expect(mentionQueryAt("a@b", 3)).toBeNull();
  });
});
