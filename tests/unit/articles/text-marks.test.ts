import { describe, expect, test } from "vitest";
import { pieceRanges, textMarks } from "@/lib/articles/text-marks";

describe("the article text's highlights, compact", () => {
  test("pieces cover the text; overlapping claims highlight with the innermost", () => {
    const text = "Kyiv said 40 drones were shot down overnight.";
    const claims = [
      { id: "outer", start: 0, end: 34, type: "military", status: "new" },
      { id: "inner", start: 10, end: 19, type: "military", status: "dismissed" },
    ];
    const marks = textMarks(text.length, claims);
    expect(marks.ids).toEqual(["outer", "inner"]);
    expect(marks.look.map((look) => marks.looks[look])).toEqual(["type-military", "type-military dismissed"]);
    expect(pieceRanges(marks, text.length)).toEqual([
      [0, 10, 0],
      [10, 19, 1],
      [19, 34, 0],
      [34, text.length, -1],
    ]);
  });
  test("a text without claims is one plain piece", () => {
    expect(pieceRanges(textMarks(5, []), 5)).toEqual([[0, 5, -1]]);
  });
});
