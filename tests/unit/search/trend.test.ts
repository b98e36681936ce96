import { describe, expect, test } from "vitest";
import { chartDays, layoutChart } from "@/lib/search/chart";
import { figureDate, groupMeasure } from "@/lib/search/points";
import { timelineView, TIMELINE_PAGE_SIZE } from "@/lib/search/timeline-view";
import { disagree, isImplausible, trendFlags, type TrendPoint } from "@/lib/search/trend";

let article = 0;
const point = (id: string, date: string, value: number, extra: Partial<TrendPoint> = {}): TrendPoint => ({
  id,
  articleId: `article-${id}-${article++}`,
  date: new Date(`${date}T00:00:00Z`),
  value,
  confirmed: false,
  ...extra,
});
const kinds = (flags: ReturnType<typeof trendFlags>) => Object.fromEntries([...flags].map(([id, list]) => [id, list.map((flag) => flag.kind)]));

describe("trendFlags for running totals", () => {
  test("a total lower than earlier and later reports falls, naming the claim it falls from; the consistent series is not flagged", () => {
    const flags = trendFlags([point("a", "2022-03-01", 1000), point("b", "2022-03-10", 1500), point("c", "2022-03-12", 900), point("d", "2022-03-20", 2000)], true);
    expect(kinds(flags)).toEqual({ a: [], b: [], c: ["falls"], d: [] });
    expect(flags.get("c")![0]).toMatchObject({ claimIds: ["b"] });
    expect(flags.get("c")![0]!.message).toContain("1,500");
  });

  test("rounding is not a fall", () => {
    expect(kinds(trendFlags([point("a", "2022-03-01", 1000), point("b", "2022-03-02", 990)], true))).toEqual({ a: [], b: [] });
  });

  test("\"more than\" a lower value later is not a fall", () => {
    expect(kinds(trendFlags([point("a", "2022-03-01", 1000, { qualifier: "about" }), point("b", "2022-03-05", 950, { qualifier: "more_than" })], true))).toEqual({ a: [], b: [] });
  });

  test("a confirmed figure stays in the series; the one against it is flagged for both", () => {
    const flags = trendFlags([point("a", "2022-03-01", 5000), point("b", "2022-03-05", 1200, { confirmed: true }), point("c", "2022-03-06", 1300)], true);
    expect(kinds(flags)).toEqual({ a: ["falls", "contradicts_approved"], b: [], c: [] });
    expect(flags.get("a")!.map((flag) => flag.claimIds)).toEqual([["b"], ["b"]]);
  });
});

describe("trendFlags: the same measure, period and date", () => {
  test("two articles disagreeing on one date are both flagged, each naming the other", () => {
    const flags = trendFlags([point("a", "2022-02-01", 100_000), point("b", "2022-02-01", 130_000), point("c", "2022-02-02", 190_000)], false);
    expect(kinds(flags)).toEqual({ a: ["contradiction"], b: ["contradiction"], c: [] });
    expect(flags.get("a")![0]!.claimIds).toEqual(["b"]);
    expect(flags.get("b")![0]!.claimIds).toEqual(["a"]);
  });

  test("the same figure rounded or restated agrees: $61bn and $60.8 billion", () => {
    expect(kinds(trendFlags([point("a", "2024-04-20", 61e9), point("b", "2024-04-20", 60.8e9)], false))).toEqual({ a: [], b: [] });
  });

  test("the stated qualifier is respected: more than 100,000 agrees with 130,000", () => {
    const flags = trendFlags([point("a", "2022-02-01", 100_000, { qualifier: "more_than" }), point("b", "2022-02-01", 130_000)], false);
    expect(kinds(flags)).toEqual({ a: [], b: [] });
  });

  test("a total and its parts are related, not contradictory: $95bn including $61bn, and another's $60.8 billion", () => {
    const flags = trendFlags(
      [point("total", "2024-04-20", 95e9, { articleId: "x" }), point("part", "2024-04-20", 61e9, { articleId: "x" }), point("restated", "2024-04-20", 60.8e9, { articleId: "y" })],
      false,
    );
    expect(kinds(flags)).toEqual({ total: [], part: [], restated: [] });
  });

  test("one article never contradicts itself", () => {
    const flags = trendFlags([point("a", "2022-02-01", 100_000, { articleId: "x" }), point("b", "2022-02-01", 130_000, { articleId: "x" })], false);
    expect(kinds(flags)).toEqual({ a: [], b: [] });
  });

  test("levels may differ from one date to the next", () => {
    expect(kinds(trendFlags([point("a", "2022-02-01", 100_000), point("b", "2022-02-10", 190_000), point("c", "2022-06-01", 60_000)], false))).toEqual({ a: [], b: [], c: [] });
  });
});

describe("absurd values", () => {
  test("a negative count and 10^15 soldiers are implausible, flagged and left out of the comparisons", () => {
    expect(isImplausible(-5, "people")).toBe(true);
    expect(isImplausible(1e15, "troops")).toBe(true);
    expect(isImplausible(1e15, null)).toBe(true);
    expect(isImplausible(300_000, "troops")).toBe(false);
    const flags = trendFlags([point("a", "2022-03-01", 1000), point("b", "2022-03-02", -50), point("c", "2022-03-03", 1e15), point("d", "2022-03-04", 1100)], true, "people");
    expect(kinds(flags)).toEqual({ a: [], b: ["implausible"], c: ["implausible"], d: [] });
  });

  test("disagreement allows for rounding", () => {
    expect(disagree(point("a", "2022-01-01", 1000), point("b", "2022-01-01", 1040))).toBe(false);
    expect(disagree(point("a", "2022-01-01", 1000), point("b", "2022-01-01", 1200))).toBe(true);
  });
});

describe("dates and measures", () => {
  test("the date the text states comes first, then the publication date; never anything else", () => {
    const published = new Date("2024-03-05T00:00:00Z");
    expect(figureDate("2024-03-01", published)?.toISOString().slice(0, 10)).toBe("2024-03-01");
    expect(figureDate("2023-02", published)?.toISOString().slice(0, 10)).toBe("2023-02-01");
    expect(figureDate(null, published)).toBe(published);
    expect(figureDate(null, null)).toBeNull();
    expect(figureDate("not a date", null)).toBeNull();
  });

  test("the measure of a key leaves out unit and period", () => {
    expect(groupMeasure("casualties:civilians:deaths:people:cumulative")).toBe("casualties:civilians:deaths");
    expect(groupMeasure("custom:flour")).toBe("custom:flour");
  });
});

describe("the timeline with many reports", () => {
  const many = Array.from({ length: 500 }, (_, i) => ({
    claimId: `c${i}`,
    date: i % 50 === 49 ? null : new Date(Date.UTC(2022, 2, 1 + (i % 40))),
    value: 1000 + i,
    flags: i === 7 ? [{ kind: "implausible" }] : i === 8 ? [{ kind: "contradiction" }] : [],
  }));

  test("500 reports draw one mark per date with the spread, undated and implausible reports not plotted", () => {
    const view = timelineView(many, { page: 1 });
    expect(view.days).toHaveLength(40);
    expect(view.days.reduce((sum, d) => sum + d.count, 0)).toBe(500 - 10 - 1);
    const first = view.days[0]!;
    expect(first.min).toBeLessThan(first.max);
    expect(view.days.filter((d) => d.flagged > 0)).toHaveLength(1);
    expect(view.undated).toBe(10);
    expect(view.rows).toHaveLength(TIMELINE_PAGE_SIZE);
    expect(view.pages).toBe(10);
  });

  test("a date range narrows chart and table; undated reports only show without a range", () => {
    const view = timelineView(many, { from: "2022-03-01", to: "2022-03-05", page: 1 });
    expect(view.days.map((d) => d.date)).toEqual(["2022-03-01", "2022-03-02", "2022-03-03", "2022-03-04", "2022-03-05"]);
    expect(view.rows.every((row) => row.date !== null)).toBe(true);
    expect(timelineView(many, { page: 99 }).page).toBe(10);
  });
});

describe("layoutChart", () => {
  test("dates run left to right, values bottom to top, from zero; a date's spread runs from its lowest to its highest", () => {
    const chart = layoutChart(
      chartDays([
        { id: "a", date: new Date("2022-01-01T00:00:00Z"), value: 0, flagged: false },
        { id: "b", date: new Date("2022-01-11T00:00:00Z"), value: 150, flagged: false },
        { id: "c", date: new Date("2022-01-11T00:00:00Z"), value: 100, flagged: true },
      ]),
    );
    const [a, b] = chart.days;
    expect(a!.x).toBe(chart.plot.left);
    expect(b!.x).toBe(chart.plot.right);
    expect(a!.y).toBe(chart.plot.bottom);
    expect(b!.yMax).toBeLessThan(b!.yMin);
    expect([b!.count, b!.median, b!.flagged]).toEqual([2, 125, 1]);
    expect(chart.yTicks.map((tick) => tick.label)).toEqual(["0", "50", "100", "150"]);
    expect(chart.xTicks.map((tick) => tick.label)).toEqual(["2022-01-01", "2022-01-06", "2022-01-11"]);
  });

  test("one date or none still draws", () => {
    expect(layoutChart([]).days).toEqual([]);
    const single = layoutChart(chartDays([{ id: "a", date: new Date("2022-01-01T00:00:00Z"), value: 5, flagged: false }]));
    expect(single.days[0]!.x).toBeCloseTo((single.plot.left + single.plot.right) / 2);
  });
});
