import { describe, expect, test } from "vitest";
import { layoutChart } from "@/lib/search/chart";
import { trendFlags, type TrendPoint } from "@/lib/search/trend";

const point = (id: string, date: string, value: number, confirmed = false): TrendPoint => ({ id, date: new Date(`${date}T00:00:00Z`), value, confirmed });
const kinds = (flags: ReturnType<typeof trendFlags>) => Object.fromEntries([...flags].map(([id, list]) => [id, list.map((flag) => flag.kind)]));

describe("trendFlags for running totals", () => {
  test("a total lower than earlier and later reports is against the trend; the consistent series is not", () => {
    const flags = trendFlags([point("a", "2022-03-01", 1000), point("b", "2022-03-10", 1500), point("c", "2022-03-12", 900), point("d", "2022-03-20", 2000)], true);
    expect(kinds(flags)).toEqual({ a: [], b: [], c: ["against_trend"], d: [] });
    expect(flags.get("c")![0]!.message).toContain("1,500");
  });

  test("rounding is not a fall", () => {
    expect(kinds(trendFlags([point("a", "2022-03-01", 1000), point("b", "2022-03-02", 990)], true))).toEqual({ a: [], b: [] });
  });

  test("a confirmed figure stays in the series; the one against it is flagged twice", () => {
    const flags = trendFlags([point("a", "2022-03-01", 5000), point("b", "2022-03-05", 1200, true), point("c", "2022-03-06", 1300)], true);
    expect(kinds(flags)).toEqual({ a: ["against_trend", "contradicts_approved"], b: [], c: [] });
  });

  test("a total may grow after a confirmed one, but not differ on the same day or shrink", () => {
    const flags = trendFlags([point("ok", "2022-03-01", 1000, true), point("grown", "2022-03-10", 1400), point("same-day", "2022-03-01", 1400), point("far", "2022-05-01", 500)], true);
    expect(kinds(flags).grown).toEqual([]);
    expect(kinds(flags)["same-day"]).toContain("contradicts_approved");
    // Months later is another period: only the trend speaks.
    expect(kinds(flags).far).toEqual(["against_trend"]);
  });
});

describe("trendFlags for levels", () => {
  test("a value far from its period's median is flagged; levels may fall", () => {
    const flags = trendFlags(
      [point("a", "2022-02-01", 100_000), point("b", "2022-02-05", 110_000), point("c", "2022-02-08", 7000), point("d", "2022-02-10", 130_000), point("e", "2022-06-01", 60_000)],
      false,
    );
    expect(kinds(flags)).toEqual({ a: [], b: [], c: ["against_trend"], d: [], e: [] });
  });

  test("too few neighbours say nothing", () => {
    expect(kinds(trendFlags([point("a", "2022-02-01", 1), point("b", "2022-02-02", 1000)], false))).toEqual({ a: [], b: [] });
  });
});

describe("layoutChart", () => {
  test("dates run left to right, values bottom to top, from zero", () => {
    const chart = layoutChart([
      { id: "a", date: new Date("2022-01-01T00:00:00Z"), value: 0 },
      { id: "b", date: new Date("2022-01-11T00:00:00Z"), value: 150 },
    ]);
    const [a, b] = chart.points;
    expect(a!.x).toBe(chart.plot.left);
    expect(b!.x).toBe(chart.plot.right);
    expect(a!.y).toBe(chart.plot.bottom);
    expect(b!.y).toBeLessThan(a!.y);
    expect(chart.yTicks.map((tick) => tick.label)).toEqual(["0", "50", "100", "150"]);
    expect(chart.xTicks.map((tick) => tick.label)).toEqual(["2022-01-01", "2022-01-06", "2022-01-11"]);
  });

  test("one point or none still draws", () => {
    expect(layoutChart([]).points).toEqual([]);
    const single = layoutChart([{ id: "a", date: new Date("2022-01-01T00:00:00Z"), value: 5 }]);
    expect(single.points[0]!.x).toBeCloseTo((single.plot.left + single.plot.right) / 2);
  });
});
