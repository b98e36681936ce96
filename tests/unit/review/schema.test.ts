import { describe, expect, test } from "vitest";
import { checkSpan, contextAround, trimSpan } from "@/lib/review/span";
import { figureRow, figuresFromRows, parseFigureLines, readFigureRows } from "@/lib/review/figures";
import { claimEditSchema, sourceCreateSchema, verdictProposeSchema } from "@/lib/review/schema";

describe("claim spans", () => {
  const text = "Kyiv said 40 drones were shot down.";
  test("a span inside the text yields the quote from the text", () => {
    expect(checkSpan(text, 0, 4)).toEqual({ ok: true, quote: "Kyiv" });
    expect(checkSpan(text, 10, text.length)).toEqual({ ok: true, quote: "40 drones were shot down." });
  });
  test.each([
    [-1, 3, "start"],
    [text.length, text.length + 1, "start"],
    [5, 5, "end"],
    [5, 4, "end"],
    [0, text.length + 1, "end"],
    [4, 5, "end"],
  ])("%i..%i is refused on %s", (start, end, field) => {
    const check = checkSpan(text, start, end);
    expect(check.ok).toBe(false);
    expect(Object.keys(check.ok ? {} : check.fields)).toEqual([field]);
  });
  test("selections are trimmed of surrounding whitespace", () => {
    expect(trimSpan(text, 4, 10)).toEqual({ start: 5, end: 9 });
  });
  test("context marks cut text with an ellipsis", () => {
    expect(contextAround(text, 10, 19, 5)).toEqual({ before: "…said ", quote: "40 drones", after: " were…" });
  });
});

describe("review schemas", () => {
  test("figures round-trip through the form's rows; empty rows are dropped", () => {
    const figures = [{ text: "40 drones", value: 40, unit: "drones", qualifier: "exact" }, { text: "1,200 tonnes", value: 1200, unit: null, qualifier: null }];
    const form = new FormData();
    for (const row of [...figures.map(figureRow), { text: "", value: " ", unit: "", qualifier: "" }]) {
      form.append("figureText", row.text);
      form.append("figureValue", row.value);
      form.append("figureUnit", row.unit);
      form.append("figureQualifier", row.qualifier);
    }
    expect(figuresFromRows(readFigureRows(form))).toEqual(figures);
  });

  test("the API's figure lines parse, and bad values name their line", () => {
    expect(parseFigureLines("40 drones | 40 | drones | exact")).toEqual([{ text: "40 drones", value: 40, unit: "drones", qualifier: "exact" }]);
    const parsed = claimEditSchema.safeParse({ version: 3, figures: "40 drones | forty | drones |" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(["figures", 0, "value"]);
  });
  test("an edit must change something, and start and end come together", () => {
    expect(claimEditSchema.safeParse({ version: 1 }).success).toBe(false);
    expect(claimEditSchema.safeParse({ version: 1, start: 3 }).success).toBe(false);
    expect(claimEditSchema.parse({ version: "2", start: "3", end: "9" })).toMatchObject({ version: 2, start: 3, end: 9 });
  });
  test("sources need an http(s) URL and a known stance", () => {
    expect(sourceCreateSchema.safeParse({ url: "javascript:alert(1)", stance: "supports" }).error?.issues[0]?.path).toEqual(["url"]);
    expect(sourceCreateSchema.safeParse({ url: "https://example.org", stance: "agrees" }).error?.issues[0]?.path).toEqual(["stance"]);
    expect(sourceCreateSchema.parse({ url: "https://example.org/a", stance: "refutes", title: "" })).toMatchObject({ title: undefined });
  });
  test("a verdict needs a rationale", () => {
    expect(verdictProposeSchema.safeParse({ rating: "false", rationale: "  " }).error?.issues[0]?.path).toEqual(["rationale"]);
  });
});
