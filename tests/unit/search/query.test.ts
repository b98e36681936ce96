import { describe, expect, test } from "vitest";
import { splitHighlight, HIGHLIGHT_START as S, HIGHLIGHT_STOP as E } from "@/lib/search/highlight";
import { mergeQueryFilters, parseSearchQuery, searchFiltersSchema, searchInputSchema } from "@/lib/search/query";

describe("parseSearchQuery", () => {
  test("takes filters out of the words", () => {
    expect(parseSearchQuery('troops border type:military speaker:"Liz Truss" from:2022-02-01')).toEqual({
      text: "troops border",
      filters: { type: "military", state: undefined, rating: undefined, outlet: undefined, speaker: "Liz Truss", from: "2022-02-01", to: undefined },
    });
  });

  test("understands aliases and leaves unknown keys and urls in the text", () => {
    const parsed = parseSearchQuery("status:approved before:2023-01-01 by:Zelensky note:this https://example.org");
    expect(parsed.filters).toMatchObject({ state: "approved", to: "2023-01-01", speaker: "Zelensky" });
    expect(parsed.text).toBe("note:this https://example.org");
  });

  test("a tag filter, quoted when it has spaces", () => {
    expect(parseSearchQuery('drones tag:"Grain corridor"')).toMatchObject({ text: "drones", filters: { tag: "Grain corridor" } });
  });

  test("keeps websearch syntax", () => {
    expect(parseSearchQuery('"grain deal" -Turkey or Odesa').text).toBe('"grain deal" -Turkey or Odesa');
  });
});

describe("mergeQueryFilters", () => {
  test("a filter given as a field wins over one typed into the query", () => {
    const merged = mergeQueryFilters(searchInputSchema.parse({ q: "troops type:aid", type: "military", outlet: " " }));
    expect(merged.text).toBe("troops");
    expect(merged.filters.type).toBe("military");
    expect(merged.filters.outlet).toBeUndefined();
  });

  test("the merged filters are validated", () => {
    expect(searchFiltersSchema.safeParse({ type: "weather" }).success).toBe(false);
    expect(searchFiltersSchema.safeParse({ from: "2022-13-45" }).success).toBe(false);
    expect(searchFiltersSchema.safeParse({ state: "approved", from: "2022-02-01", type: "" }).data).toEqual({ state: "approved", from: "2022-02-01" });
    expect(searchInputSchema.safeParse({ q: "x".repeat(501) }).success).toBe(false);
  });
});

describe("splitHighlight", () => {
  test("turns markers into parts that rebuild the text", () => {
    const parts = splitHighlight(`Russia moved ${S}troops${E} to the ${S}border${E}.`);
    expect(parts).toEqual([
      { text: "Russia moved ", match: false },
      { text: "troops", match: true },
      { text: " to the ", match: false },
      { text: "border", match: true },
      { text: ".", match: false },
    ]);
    expect(splitHighlight("no match")).toEqual([{ text: "no match", match: false }]);
  });

  test("markup in the text stays text", () => {
    expect(splitHighlight(`<script>${S}x${E}`)).toEqual([{ text: "<script>", match: false }, { text: "x", match: true }]);
  });
});
