import { describe, expect, test } from "vitest";
import { extractFigures } from "@/lib/extract";

function only(text: string) {
  const figures = extractFigures(text);
  expect(figures).toHaveLength(1);
  const [figure] = figures;
  if (!figure) throw new Error("no figure");
  expect(text.slice(figure.start, figure.end)).toBe(figure.text);
  return figure;
}

describe("extractFigures: numbers", () => {
  test.each([
    ["Russia has lost 11,743 tanks.", 11743, "tanks", "exact"],
    ["Inflation reached 5.3 percent in May.", 5.3, "percent", "exact"],
    ["The EU will lend 1.2 million euros.", 1_200_000, "EUR", "exact"],
    ["The EU approved 28 billion euros for Kyiv.", 28_000_000_000, "EUR", "exact"],
    ["Congress passed a 61 billion dollar package.", 61_000_000_000, "USD", "exact"],
    ["Congress approved a $61bn package.", 61_000_000_000, "USD", "exact"],
    ["Britain gave £500m in funding.", 500_000_000, "GBP", "exact"],
    ["Seven people were killed.", 7, "people", "exact"],
    ["Three hundred soldiers surrendered.", 300, "soldiers", "exact"],
    ["Twenty-five civilians died.", 25, "civilians", "exact"],
    ["Russia had lost more than 300,000 people in the attack.", 300_000, "people", "more_than"],
    ["Moscow has deployed an estimated 100,000 soldiers near the border.", 100_000, "soldiers", "about"],
    ["At least 57 people were killed.", 57, "people", "at_least"],
    ["Nearly 24,000 soldiers were lost.", 24_000, "soldiers", "nearly"],
    ["Up to 15 drones were launched.", 15, "drones", "up_to"],
    ["Fewer than 40 tanks remain.", 40, "tanks", "less_than"],
    ["The front advanced by 1,500 square kilometres.", 1500, "km2", "exact"],
    ["The ship is loaded with 23,000 tonnes of wheat.", 23_000, "tonnes", "exact"],
    ["Russia lost around 500 artillery systems.", 500, "systems", "about"],
  ] as const)("%s", (text, value, unit, qualifier) => {
    const f = only(text);
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
    expect(f.qualifier).toBe(qualifier);
  });

  test("a qualifier is part of the figure's text and sets its bounds", () => {
    const f = only("Russia had lost more than 300,000 people.");
    expect(f.text).toBe("more than 300,000");
    expect(f.low).toBe(300_000);
    expect(f.high).toBeNull();
  });
});

describe("extractFigures: shares", () => {
  test.each([
    ["Ukraine has recaptured half of the territory that Russia initially seized.", 0.5],
    ["A quarter of the land is mined.", 0.25],
    ["Nine in ten Ukrainians oppose concessions.", 0.9],
    ["Two-thirds of the budget goes to defence.", 0.6667],
    ["One out of five homes was damaged.", 0.2],
  ] as const)("%s", (text, value) => {
    const f = only(text);
    expect(f.value).toBe(value);
    expect(f.unit).toBe("share");
    expect(f.qualifier).toBe("exact");
  });

  test("percent as a word or a sign", () => {
    expect(only("About 12 percent were born early.").value).toBe(12);
    expect(only("Prices rose 5% in March.").unit).toBe("percent");
    expect(only("Output fell 3 per cent.").value).toBe(3);
  });

  test("half a million is a count, not a share", () => {
    const f = only("The conflict produced almost half a million refugees.");
    expect(f.value).toBe(500_000);
    expect(f.unit).toBe("refugees");
    expect(f.qualifier).toBe("nearly");
  });
});

describe("extractFigures: vague magnitudes and ranges", () => {
  test("hundreds of / thousands of are recognised without a value", () => {
    const figures = extractFigures("Russia lost hundreds of aircraft and thousands of tanks.");
    expect(figures.map((f) => [f.value, f.unit, f.qualifier, f.low])).toEqual([
      [null, "aircraft", null, 100],
      [null, "tanks", null, 1000],
    ]);
  });

  test("tens of thousands of", () => {
    const f = only("Tens of thousands of people fled.");
    expect(f.value).toBeNull();
    expect(f.low).toBe(10_000);
    expect(f.unit).toBe("people");
  });

  test.each([
    ["Between 10 and 20 people were hurt.", 10, 20],
    ["Russia has lost 3,000-4,000 armored vehicles.", 3000, 4000],
    ["Officials estimate 5 to 10 million dollars of damage.", 5_000_000, 10_000_000],
    ["Russia had 70,000-80,000 casualties.", 70_000, 80_000],
  ] as const)("range: %s", (text, low, high) => {
    const f = only(text);
    expect(f.value).toBeNull();
    expect(f.qualifier).toBe("range");
    expect([f.low, f.high]).toEqual([low, high]);
  });

  test("from X to Y is a change, not a range", () => {
    expect(extractFigures("The rate rose from 5% to 7%.").map((f) => f.value)).toEqual([5, 7]);
  });
});

describe("extractFigures: not figures", () => {
  test.each([
    "On February 24, 2022, the invasion began.",
    "The meeting took place on 24 February.",
    "Talks resumed at 10:00 on Monday.",
    "NATO marks its 75th anniversary.",
    "Ukraine asked for F-16 jets and COVID-19 vaccines.",
    "Germany halted Nord Stream 2.",
    "Ukraine fights for its 1991 borders.",
    "Ministers concluded two-day meetings in Brussels.",
    "Fire broke out in the first half of the year.",
    "No one was hurt, and one of the shells missed.",
    "The G7 met in 2023.",
  ])("%s", (text) => {
    expect(extractFigures(text)).toEqual([]);
  });

  test("the dated header's date is skipped but offsets stay absolute", () => {
    const text = " date 2023-11-29 Russia lost 300 tanks.";
    const [f] = extractFigures(text);
    expect(f?.value).toBe(300);
    expect(text.slice(f?.start, f?.end)).toBe("300");
  });
});
