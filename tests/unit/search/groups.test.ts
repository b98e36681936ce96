import { describe, expect, test } from "vitest";
import { extractClaims } from "@/lib/extract";
import { customGroupKey, figureGroupFor, isCumulativeGroup, trackedFigureIndex } from "@/lib/search/groups";

/** The group of the first claim the engine extracts from a sentence, as the tracker sees it. */
function groupOf(text: string) {
  const [claim] = extractClaims(text);
  if (!claim) throw new Error(`no claim in: ${text}`);
  const match = figureGroupFor({ ...claim, quote: claim.text });
  return match && { key: match.group.key, label: match.group.label, value: claim.figures[match.figureIndex]!.value };
}

describe("figureGroupFor on extracted claims", () => {
  test.each([
    ["Russia has concentrated over 100,000 soldiers at the border with Ukraine.", "military:russian-troops-border:deployed:people:level", 100_000],
    ["The UN has verified 3,000 civilian deaths since the start of the invasion.", "casualties:civilians-un:deaths:people:cumulative", 3000],
    ["According to the United Nations, 3,000 civilians had been killed since the start of the invasion.", "casualties:civilians-un:deaths:people:cumulative", 3000],
    ["Ukraine's health minister said 198 civilians had been killed so far by Russian forces.", "casualties:civilians:deaths:people:cumulative", 198],
    ["Ukraine's defence ministry said Russia has lost 30,000 soldiers since the invasion began.", "casualties:russian-military:losses:people:cumulative", 30_000],
    ["The average daily number of Russian losses in Ukraine is 899 soldiers, the British defence ministry estimates.", "casualties:russian-military:losses:people:day", 899],
    ["The agriculture ministry said Ukraine exported 3 million tonnes of grain per month through the corridor.", "economic:ukraine-grain:exports:tonnes:month", 3_000_000],
    ["The United States has committed a total of $9.1 billion in security assistance to Ukraine since the invasion.", "aid:us-to-ukraine:total:USD:cumulative", 9_100_000_000],
  ])("%s", (text, key, value) => {
    expect(groupOf(text)).toMatchObject({ key, value });
  });

  test("statements without a known subject, vague figures and other wars stay ungrouped", () => {
    expect(groupOf("The central bank raised interest rates to 25 percent, the governor said.")).toBeNull();
    expect(groupOf("Russia has amassed tens of thousands of troops near the border with Ukraine.")).toBeNull();
    expect(groupOf("At least 190 children have been killed in the fighting in Sudan, the UN said.")).toBeNull();
  });

  test("an event count is not a running total", () => {
    expect(groupOf("At least five civilians were killed when rockets hit Vinnytsia on Monday.")).toBeNull();
  });
});

describe("group keys", () => {
  test("a running total is told by the group's period, or for older groups by its key", () => {
    expect(isCumulativeGroup({ key: "casualties:civilians:deaths:people:cumulative", period: "cumulative" })).toBe(true);
    expect(isCumulativeGroup({ key: "military:russian-troops-border:deployed:people:level", period: null })).toBe(false);
    expect(isCumulativeGroup({ key: "casualties:russian-military:losses:people:week", period: "week" })).toBe(false);
    expect(isCumulativeGroup({ key: "custom:anything", period: null })).toBe(false);
  });

  test("a reviewer's group is keyed by its label", () => {
    expect(customGroupKey("Russian reinforcements (Feb 2022)")).toBe("custom:russian-reinforcements-feb-2022");
    expect(customGroupKey("!!!")).toBe("custom:group");
  });

  test("the tracked figure of a claim a reviewer moved is the one in the group's unit", () => {
    const claim = { statement: "A convoy of 40 trucks carried 300 tonnes of flour", type: "aid", figures: [{ value: 40, unit: "trucks" }, { value: 300, unit: "tonnes" }] };
    expect(trackedFigureIndex(claim, "custom:flour", "tonnes")).toBe(1);
    expect(trackedFigureIndex(claim, "custom:flour", "km")).toBe(0);
  });
});

describe("groups keyed by measure, unit and period", () => {
  test("a weekly figure and a running total of the same measure go to different groups", () => {
    const weekly = groupOf("Russia lost 1,200 soldiers in the past week, the Ukrainian military said.");
    const total = groupOf("Russia has lost more than 300,000 soldiers since February 2022, the Ukrainian military said.");
    expect(weekly).toMatchObject({ key: "casualties:russian-military:losses:people:week", label: "Russian military personnel losses per week", value: 1200 });
    expect(total).toMatchObject({ key: "casualties:russian-military:losses:people:cumulative", value: 300_000 });
  });

  test("a country's losses counted as people are military losses", () => {
    expect(groupOf("NATO said Russia had lost more than 300,000 people since the invasion began.")).toMatchObject({
      key: "casualties:russian-military:losses:people:cumulative",
      value: 300_000,
    });
  });

  test("a change is not a level of the measure", () => {
    const claim = { statement: "Russian losses rose by 1,200 soldiers so far", type: "casualties", figures: [{ value: 1200, unit: "soldiers", kind: "change", period: "cumulative" }] };
    expect(figureGroupFor(claim)).toBeNull();
  });
});

describe("aid figures restated and contained", () => {
  test.each([
    ["The US Congress approved $61bn in military aid to Ukraine.", 61e9],
    ["The House approved $60.8 billion in aid for Ukraine on Saturday.", 60.8e9],
    ["Congress passed a $95bn package that includes $61bn for Ukraine.", 61e9],
    ["Biden signed the $95bn bill with $61bn of support for Kyiv.", 61e9],
  ])("%s goes to the US package group with the money for Ukraine", (text, value) => {
    expect(groupOf(text)).toMatchObject({ key: "aid:us-to-ukraine:package:USD:level", value });
  });
});
