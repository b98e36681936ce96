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
    ["The city signed a 40-million-euro contract for new trams.", 40_000_000, "EUR", "exact"],
    ["Lenders agreed a 2.5-billion-dollar rescue of the airline.", 2_500_000_000, "USD", "exact"],
    ["The court imposed a 700-euro fine on the driver.", 700, "EUR", "exact"],
    ["Around a quarter voted for the mayor.", 0.25, "share", "about"],
    ["The turnout was just under a third.", 0.3333, "share", "nearly"],
    ["The ferry carried two and a half thousand passengers.", 2500, "passengers", "exact"],
    ["Each crew fired roughly one and a half rounds a minute.", 1.5, "rounds", "about"],
    ["The jet dropped a 500-pound bomb on the bridge.", 500, "pounds", "exact"],
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
    ["Russia lost around 500 artillery systems.", 500, "artillery systems", "about"],
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

  test("a share right after a month is not its day", () => {
    expect(only("In March 12% of households were behind on their bills.").value).toBe(12);
    expect(only("In March 12 per cent of households were behind on their bills.").value).toBe(12);
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
    "Report 3028f1b4 was filed.",
    "The ticket a9b3c2d1e5 is closed.",
    "Farms reported new H5N1 outbreaks.",
    "Germany halted Nord Stream 2.",
    "Ukraine fights for its 1991 borders.",
    "Ministers concluded two-day meetings in Brussels.",
    "Fire broke out in the first half of the year.",
    "No one was hurt.",
    "In 2022, he was 45.",
    "Australia imported goods from Russia in 2019-20.",
    "The G7 met in 2023.",
    "She won the title for about a third time.",
    "The feud lasted over a quarter century.",
    "The losses from 24.02.22 to 15.03.25 are listed below.",
    "The register was closed on 31.12.2024.",
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

function figure(text: string, index = 0) {
  const f = extractFigures(text)[index];
  if (!f) throw new Error(`no figure ${index} in ${text}`);
  expect(text.slice(f.start, f.end)).toBe(f.text);
  return f;
}

describe("extractFigures: units glued to the number", () => {
  test.each([
    ["The phone has 256GB of storage.", 256, "GB"],
    ["He drove at 50mph through town.", 50, "mph"],
    ["Only 1.5mm of rain fell.", 1.5, "mm"],
    ["The tower is 37m tall.", 37, "m"],
    ["The wave reached a height of 12m.", 12, "m"],
    ["The club paid 37m for the striker.", 37_000_000, null],
    ["The town lost power for 3 hours.", 3, "hours"],
    ["Wind speeds hit 120 km/h.", 120, "km/h"],
    ["Winds reached 90km/h.", 90, "km/h"],
    ["Temperatures hit 40.3C on Tuesday.", 40.3, "celsius"],
    ["The lake is 20 metres deep.", 20, "m"],
    ["It was 41°C in Madrid.", 41, "celsius"],
  ] as const)("%s", (text, value, unit) => {
    const f = figure(text);
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
  });
});

describe("extractFigures: letters glued to a number are not an identifier when there is one group of digits", () => {
  test("RM79bn, US$5bn, 4,000km2 and an A320neo keep their figures", () => {
    expect(extractFigures("a RM79bn deal, US$5bn in loans and 4,000km2 of land").map((f) => [f.value, f.unit])).toEqual([
      [79_000_000_000, "MYR"],
      [5_000_000_000, "USD"],
      [4000, "km2"],
    ]);
    expect(extractFigures("12 A320neo jets were delivered").map((f) => f.value)).toEqual([12]);
  });
});

describe("extractFigures: currencies written before or glued to the number", () => {
  test.each([
    ["The book costs RM79 in Kuala Lumpur.", 79, "MYR"],
    ["The licence was sold for USD1,700.", 1700, "USD"],
    ["The firm reported revenue of $US55,931,000.", 55_931_000, "USD"],
    ["Brussels pledged €2.5bn.", 2_500_000_000, "EUR"],
    ["The council faces a £164m gap.", 164_000_000, "GBP"],
    ["The fare is A$45.", 45, "AUD"],
    ["Shares closed at 164p.", 164, "GBX"],
    ["He paid $2000 for the car.", 2000, "USD"],
    ["Tickets cost Rs 500 each.", 500, "INR"],
  ] as const)("%s", (text, value, unit) => {
    const f = figure(text);
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
  });

  test("percent written as pc, and percentage points told apart from percent", () => {
    expect(figure("Inflation eased to 1.38pc.").unit).toBe("percent");
    expect(figure("Support fell 5 percentage points.").unit).toBe("percentage_points");
    expect(figure("The bank raised rates by 25 basis points.").unit).toBe("basis_points");
  });
});

describe("extractFigures: counts, signs and alternatives", () => {
  test("one as a count, with the counted noun as a plural", () => {
    expect([figure("One soldier was killed.").value, figure("One soldier was killed.").unit]).toEqual([1, "soldiers"]);
    expect(figure("One of the tanks was hit.").unit).toBe("tanks");
    expect(extractFigures("They love one another.")).toEqual([]);
  });

  test("counted nouns are lower-case plurals", () => {
    expect(figure("Russia lost 1 tank.").unit).toBe("tanks");
    expect(figure("Two cities were shelled.").unit).toBe("cities");
  });

  test("negative numbers and minus", () => {
    const f = figure("The economy grew -1.3% in the quarter.");
    expect([f.value, f.unit, f.text]).toEqual([-1.3, "percent", "-1.3%"]);
    expect(figure("It was minus 130 degrees on the surface.").value).toBe(-130);
  });

  test.each([
    ["A coffee costs eight or nine euros.", 8, 9, "EUR"],
    ["Engineers earn 25k or 40k a year.", 25_000, 40_000, null],
  ] as const)("alternatives are a range with both ends: %s", (text, low, high, unit) => {
    const f = figure(text);
    expect([f.value, f.low, f.high, f.qualifier, f.unit]).toEqual([null, low, high, "range", unit]);
  });
});

describe("extractFigures: fractions, multiples and notation", () => {
  test.each([
    ["Add 1/2 pound of butter.", 0.5, "lb"],
    ["Two-thirds of voters agreed.", 0.6667, "share"],
    ["A quarter of homes burned.", 0.25, "share"],
    ["Exports rose sixfold.", 6, "times"],
    ["Prices tripled in a year.", 3, "times"],
    ["Costs rose six-fold.", 6, "times"],
    ["The virus has 1.5e6 copies per ml.", 1_500_000, "copies"],
    ["The claim of 10^15 soldiers is absurd.", 1e15, "soldiers"],
    ["The light travels 3 x 10^8 metres each second.", 3e8, "m"],
    ["The error rate is .001 per cent.", 0.001, "percent"],
    ["The app has 4 hundred million users.", 400_000_000, "users"],
    ["The planet has 8 B people.", 8_000_000_000, "people"],
    ["The scheme costs Rs 1.5 lakh crore.", 1.5e12, "INR"],
    ["The new chip is 10x faster.", 10, "times"],
    ["The phone has a 5,000mAh battery.", 5000, "mAh"],
  ] as const)("%s", (text, value, unit) => {
    const f = figure(text);
    expect(f.value).toBe(value);
    expect(f.unit).toBe(unit);
  });

  test("multiples carry their kind and direction", () => {
    expect([figure("Prices tripled.").kind, figure("Prices tripled.").direction]).toEqual(["multiple", "up"]);
    expect(figure("The budget was halved.").direction).toBe("down");
    expect(figure("The chip is three times faster.").direction).toBe("up");
    expect(extractFigures("He doubled down on his claims.")).toEqual([]);
    expect(extractFigures("Buy 2x4 timber.")).toEqual([]);
  });

  test("dozens of is a vague count", () => {
    const f = figure("Dozens of people fled.");
    expect([f.value, f.low, f.unit]).toEqual([null, 12, "people"]);
  });
});

describe("extractFigures: change and level", () => {
  test("a change and the new level in one phrase", () => {
    const [change, level] = extractFigures("Spending increased by $43.6 billion to $419.2 billion.");
    expect([change?.value, change?.kind, change?.direction, change?.unit]).toEqual([43_600_000_000, "change", "up", "USD"]);
    expect([level?.value, level?.kind, level?.direction, level?.unit]).toEqual([419_200_000_000, "level", null, "USD"]);
  });

  test.each([
    ["Prices rose 5% in March.", "change", "up"],
    ["Exports fell by 300 tonnes.", "change", "down"],
    ["Output was down 3 per cent.", "change", "down"],
    ["They reported a 12% rise in sales.", "change", "up"],
    ["The army has 300 tanks.", "level", null],
    ["Russia lost 300 tanks.", "level", null],
  ] as const)("%s", (text, kind, direction) => {
    const f = figure(text);
    expect([f.kind, f.direction]).toEqual([kind, direction]);
  });
});

describe("extractFigures: period and date", () => {
  test.each([
    ["Russia lost 1,200 soldiers in the past week.", "week"],
    ["Russia lost 1,100 soldiers in the past 24 hours.", "day"],
    ["Russia has lost 300,000 soldiers since February 2022.", "cumulative"],
    ["Ukraine has lost 500 tanks since the start of the invasion.", "cumulative"],
    ["So far, 6 million people have fled.", "cumulative"],
    ["The plant makes 40 drones a month.", "month"],
    ["The army has 300 tanks.", null],
    ["Unemployment was 4.1% a year earlier.", null],
    ["Rent was 500 euros for half a year.", null],
  ] as const)("%s", (text, period) => {
    expect(figure(text).period).toBe(period);
  });

  test("a daily figure and the running total it brings", () => {
    const figures = extractFigures("The UK recorded 1,234 deaths in the past 24 hours, bringing the total to 150,000.");
    expect(figures.filter((f) => f.unit !== "hours").map((f) => [f.value, f.period])).toEqual([
      [1234, "day"],
      [150_000, "cumulative"],
    ]);
  });

  test("each figure takes the nearest period of its sentence", () => {
    const figures = extractFigures("Russia has lost 300,000 soldiers since February 2022, including 1,200 in the past week.");
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [300_000, "cumulative"],
      [1200, "week"],
    ]);
  });

  test("the date a figure refers to", () => {
    expect(figure("As of 1 March 2023, 8 million refugees were recorded.").refDate).toBe("2023-03-01");
    expect(figure("By February 2024 the toll reached 10,000 people.").refDate).toBe("2024-02");
    expect(figure("The toll reached 10,000 people.").refDate).toBeNull();
    expect(figure("Russia has lost 300,000 soldiers since February 2022.").refDate).toBeNull();
  });

  test("parsing never throws on odd input", () => {
    for (const text of ["-", "$", ".", "10^", "1/", "minus", "RM", "US$", "1e", "¹⁵", "- .5 -$ +"]) expect(() => extractFigures(text)).not.toThrow();
  });
});

describe("extractFigures: durations that are windows, anchors or adjectives", () => {
  test.each([
    ["Floods displaced 4,000 families in the past 48 hours.", [4000]],
    ["The glacier retreated 3km over the next twenty years.", [3]],
    ["Patients lost 9kg over 40 weeks of treatment.", [9]],
    ["The army advanced 7km in 12 days.", [7]],
    ["Exports hit their lowest level in 14 months.", []],
    ["The volcano last erupted 9,000 years ago.", []],
    ["The bridge opened four years after the flood.", []],
    ["He signed a 12-year lease and a 30-minute call followed.", []],
    ["The 52-year-old pilot landed 180 passengers safely.", [180]],
  ])("%s", (text, values) => {
    expect(extractFigures(text).map((f) => f.value)).toEqual(values);
  });

  test("a duration that is the measured fact stays", () => {
    expect(extractFigures("The siege lasted over 10 hours.").map((f) => [f.value, f.unit])).toEqual([[10, "hours"]]);
    expect(extractFigures("The road was closed for three hours after the crash.").map((f) => f.value)).toEqual([3]);
  });

  test("compound durations and heights are one figure in the largest unit", () => {
    expect(extractFigures("She swam the channel in 9 hours 30 minutes.").map((f) => [f.text, f.value, f.unit])).toEqual([["9 hours 30 minutes", 9.5, "hours"]]);
    expect(extractFigures("The wait averaged 12 minutes 30 seconds.").map((f) => [f.value, f.unit])).toEqual([[12.5, "minutes"]]);
    expect(extractFigures("The centre is 6ft 6in tall.").map((f) => [f.text, f.value])).toEqual([["6ft 6in", 6.5]]);
  });
});

describe("extractFigures: numbers that name, dial or score", () => {
  test.each([
    ["For help call 0300 123 4567 or visit any of our 900 stores.", [900]],
    ["Callers abroad can ring +44 20 7946 0018.", []],
    ["In an emergency, dial 112.", []],
    ["Delays hit platform 7 and junctions 4 and 5 of the ring road.", []],
    ["The club handed him the number 9 shirt and put him in band 3.", []],
    ["Sales of the Xbox 360 fell, and Apollo 13 returned safely.", []],
    ["Voyager 2 passed Neptune.", []],
    ["The eSIM 2 standard and Python 3.12 are out.", []],
    ["She won 6-4, 6-2 and the motion was carried by 210 to 14.", []],
    ["The Boeing 787-9 fleet grew by 40 jets.", [40]],
    ["The 8-Ball café opened.", []],
    ["The camera shoots 8K footage at 30 frames per second.", [30]],
    ["She took gold in the 200m freestyle.", []],
    ["The lighthouse turns 150 this year.", []],
    ["Unemployment hit 6%, one of the highest rates in Europe.", [6]],
    ["The insurer reported a loss for the half year.", []],
    ["Output grew at the slowest pace in five quarters.", []],
    ["The ceremony is on 9/11 and the dosage is 3/4 of a tablet.", [0.75]],
  ])("%s", (text, values) => {
    expect(extractFigures(text).map((f) => f.value)).toEqual(values);
  });

  test("a capitalised word before a count is not a name after a weekday or a place", () => {
    expect(extractFigures("On Sunday 14 drones were shot down.").map((f) => [f.value, f.unit])).toEqual([[14, "drones"]]);
    expect(extractFigures("Only 3 ships left port.").map((f) => f.value)).toEqual([3]);
  });
});

describe("extractFigures: ranges, changes and vague counts", () => {
  test("a change verb then two amounts gives the change and the new level", () => {
    const figures = extractFigures("The shares fell 4.2p to 88.1p.");
    expect(figures.map((f) => [f.value, f.unit, f.kind])).toEqual([
      [4.2, "GBX", "change"],
      [88.1, "GBX", "level"],
    ]);
  });

  test("ranged from X to Y is one range", () => {
    const [figure] = extractFigures("Seats ranged from £30 to £180.");
    expect([figure?.low, figure?.high, figure?.unit, figure?.qualifier]).toEqual([30, 180, "GBP", "range"]);
  });

  test.each([
    ["Uptake stood at between 28% and 31% depending on the district.", 28, 31, "percent"],
    ["Growth of 5%-7% is expected.", 5, 7, "percent"],
    ["Support fell to between 2 per cent and 3 per cent.", 2, 3, "percent"],
  ] as const)("shares that each carry their sign are one range after 'between' or across a hyphen: %s", (text, low, high, unit) => {
    expect(extractFigures(text).map((f) => [f.value, f.low, f.high, f.qualifier, f.unit])).toEqual([[null, low, high, "range", unit]]);
  });

  test("shares that each carry their sign stay two figures otherwise", () => {
    expect(extractFigures("Prices fell 2% to 31%.").map((f) => [f.value, f.unit, f.kind])).toEqual([
      [2, "percent", "change"],
      [31, "percent", "level"],
    ]);
    expect(extractFigures("Inflation was 10% and unemployment 5%.").map((f) => f.value)).toEqual([10, 5]);
    expect(extractFigures("Between 10% of men and 20% of women said so.").map((f) => f.value)).toEqual([10, 20]);
  });

  test("a vague count standing alone", () => {
    expect(extractFigures("The bus overturned, with dozens still trapped.").map((f) => [f.value, f.low])).toEqual([[null, 12]]);
  });

  test("by a third is a share", () => {
    expect(extractFigures("Imports have fallen by a third since 2022.").map((f) => [f.value, f.unit])).toEqual([[0.3333, "share"]]);
  });

  test("one of the N nouns counts one of them", () => {
    expect(extractFigures("Only one of the 20 reactors was running.").map((f) => [f.value, f.unit])).toEqual([
      [1, "reactors"],
      [20, "reactors"],
    ]);
  });

  test("a race time to the hundredth", () => {
    expect(extractFigures("He won the final in 9.58sec.").map((f) => [f.value, f.unit])).toEqual([[9.58, "seconds"]]);
  });
});

describe("extractFigures: unit names from the guidelines", () => {
  test.each([
    ["The fire burned 2,500 hectares.", "hectares"],
    ["The lorry was 14ft high.", "feet"],
    ["Snow fell to a depth of 8 inches.", "inches"],
    ["The pipeline runs 620 miles.", "miles"],
    ["The tank holds 40 litres.", "litres"],
    ["The chip uses a 5-nanometre process.", "nm"],
    ["She wrote a 3,000-word report.", "words"],
    ["A 30-storey tower went up.", "storeys"],
    ["More than 2 million Syrians fled.", "people"],
    ["Troops arrested 300 Kenyans.", "people"],
    ["The navy ordered 12 patrol carriers and the army 40 rocket systems.", "patrol carriers"],
    ["A crowd of 45,000 filled the stadium.", "people"],
    ["The death toll from the storm rose to 83.", "people"],
    ["Gold traded at $2,300 an ounce.", "USD/oz"],
    ["Power cost €95 per megawatt hour.", "EUR/MWh"],
    ["The camera films at 120 frames per second.", "fps"],
    ["Ozone reached 80 parts per million.", "ppm"],
  ])("%s", (text, unit) => {
    expect(extractFigures(text)[0]?.unit).toBe(unit);
  });

  test("a price per thing is spanned with its denominator", () => {
    expect(extractFigures("Diesel sold for $5 a gallon.").map((f) => [f.text, f.unit])).toEqual([["$5 a gallon", "USD/gallon"]]);
  });
});

describe("extractFigures: periods from the guidelines", () => {
  const periods = (text: string) => extractFigures(text).map((f) => f.period);
  test.each([
    ["Exports reached $40 billion in 2022.", ["year"]],
    ["Car sales fell 4% in April.", ["month"]],
    ["Retail sales rose 2% in November 2023.", ["month"]],
    ["The index rose 1.2% on Wednesday.", ["day"]],
    ["Shipments hit 900 tonnes on 12 May.", ["day"]],
    ["The fund grew by $2bn in the week to Friday.", ["week"]],
    ["Prices climbed 6% in the year to June.", ["year"]],
    ["Profit was $3bn for the fiscal year.", ["year"]],
    ["He has scored 14 goals this season.", ["year"]],
    ["The index has gained 7% so far this year.", ["year"]],
    ["Output was up 5% from a year earlier.", ["year"]],
    ["The flood has displaced 8,000 people since Sunday.", ["cumulative"]],
    ["At least 500 families have left since the dam failed.", ["cumulative"]],
    ["She scored 2,100 points in her career.", ["cumulative"]],
    ["The pound hit $1.32, its highest since March.", [null]],
    ["Inflation eased to 2.9%, the lowest since 2021.", [null]],
    ["Unemployment was 4.1% a year earlier.", [null]],
  ])("%s", (text, expected) => {
    expect(periods(text)).toEqual(expected);
  });
});

describe("extractFigures: elided counted nouns", () => {
  const units = (text: string) => extractFigures(text).map((f) => f.unit);
  test.each([
    ["Support grew from 40 to 55 percent.", ["percent", "percent"]],
    ["Gunners downed 21 of the 30 drones.", ["drones", "drones"]],
    ["Crews freed 9 miners overnight, bringing the number saved to 41.", ["miners", "miners"]],
    ["The app gained 2 million users, taking its total to 90 million.", ["users", "users"]],
    ["The firm paid $4bn. It later hired 300.", ["USD", null]],
    ["Prices rose 3%, while 40 stayed flat.", ["percent", null]],
    ["Nearly 900 schools were damaged and 120 destroyed, officials said.", ["schools", "schools"]],
    ["The storm sank 14 boats and damaged 60 others.", ["boats", "boats"]],
    ["The shelling killed four farmers and wounded 12 others.", ["farmers", "people"]],
  ])("%s", (text, expected) => {
    expect(units(text)).toEqual(expected);
  });
});

describe("extractFigures: units named elsewhere in the sentence", () => {
  const units = (text: string) => extractFigures(text).map((f) => f.unit);
  test.each([
    ["After the quake, about 2 million needed shelter.", ["people"]],
    ["Rescuers found 30 bodies, with hundreds still missing.", ["bodies", "people"]],
    ["Visitor numbers reached 4 million.", ["visitors"]],
    ["The number of registered voters rose to 9,400.", ["voters"]],
    ["The lira fell past 30 to the dollar.", ["TRY/USD"]],
    ["The motion won 88 votes, with 1 abstention.", ["votes", "abstentions"]],
  ])("%s", (text, expected) => {
    expect(units(text)).toEqual(expected);
  });
});

describe("extractFigures: changes and differences from GUIDELINES.md", () => {
  const kinds = (text: string) => extractFigures(text).map((f) => [f.kind, f.direction]);
  test.each([
    ["The airline cut its fleet by 12%.", [["change", "down"]]],
    ["The bank raised its deposit rate by 75 basis points.", [["change", "up"]]],
    ["She broke the record, beating it by 2 seconds.", [["change", "down"]]],
    ["The deal adds about £3bn to its value.", [["change", "up"]]],
    ["Output expanded 3.1% last year.", [["change", "up"]]],
    ["The boxer came in 0.4kg over the limit.", [["change", "up"]]],
    ["The mast is 12m taller than the old one.", [["change", "up"]]],
    ["Nitrogen dioxide was up 4 ppm on the month.", [["change", "up"]]],
    ["Staff will get a 4% pay rise.", [["change", "up"]]],
    ["Women made up 38% of the workforce.", [["level", null]]],
    ["The summit stands 2,100m above sea level.", [["level", null]]],
  ])("%s", (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  test("a plural verb after the counted noun is not the noun", () => {
    expect(extractFigures("Each of the 4 warehouses stores grain.")[0]?.unit).toBe("warehouses");
  });
});

// Found by a list test whose article texts carried random ids: "…0f1e16ab…" gave a figure of 1e16,
// which the database then refused.
describe("identifiers are not scientific notation", () => {
  test("digits and an e inside a hex id or code give no power of ten", () => {
    const values = extractFigures("Report 0f1e16ab-3c2d-4e5f-9a1b: officials said 12 civilians were injured.").map((figure) => figure.value);
    expect(values).not.toContain(1e16);
    expect(values).toContain(12);
  });

  test("real scientific notation still reads", () => {
    expect(extractFigures("The sample held 6.02e23 molecules.").map((figure) => figure.value)).toEqual([6.02e23]);
  });
});

describe("extractFigures: units of issue 11 (models, headlines, compound and coordinated nouns, elided units)", () => {
  const units = (text: string) => extractFigures(text).map((f) => f.unit);
  test.each([
    // A make or model names its type; a head noun after the model wins.
    ["Poland will buy 250 Abrams and 96 Apache helicopters, as well as 116 Leopards.", ["tanks", "helicopters", "tanks"]],
    ["Kyiv received 14 Leopard 2A6 tanks.", ["tanks"]],
    ["The carrier ordered 30 Boeing 787 Dreamliner jets and 15 Airbus A321neos.", ["jets", "aircraft"]],
    ["The airline will take 11 Airbus A350-900s.", ["aircraft"]],
    ["The airline flies 40 A320 jets.", ["jets"]],
    ["The group sold 12 million iPhones in China.", ["phones"]],
    ["The treaty allows 1,550 strategic nuclear heads.", ["warheads"]],
    // A headline in capitals is read as lower case, not as a name with a number.
    ["BRITAIN SENDS 14 CHALLENGER TANKS TO UKRAINE", ["tanks"]],
    ["GERMANY SEIZES 3 RUSSIAN-OWNED OIL REFINERIES", ["refineries"]],
    // "one of" keeps the group's compound head.
    ["Only one of the company's nine board members opposed the plan.", ["board members", "board members"]],
    ["One of its three aircraft carriers is in dock.", ["aircraft carriers", "aircraft carriers"]],
    // Coordinated nouns stay together; a new clause after "and" does not join.
    ["The UK sanctioned 50 individuals and entities.", ["individuals and entities"]],
    ["They will send dozens of tanks and armoured vehicles.", ["tanks and armoured vehicles"]],
    ["It lost thousands of people and now sees 150,000 troops at its border.", ["people", "troops"]],
    ["Russia lost 12 tanks and 24 artillery systems.", ["tanks", "artillery systems"]],
    // Glued km²; a window after a number is not its unit.
    ["Forests covering 4,000 km² burned.", ["km2"]],
    ["Hospital admissions rose to 4,512 last week.", ["admissions"]],
    // The plural subject of a level verb; amounts such as prices are not counted things.
    ["Mortgage approvals jumped to 61,300 in February.", ["approvals"]],
    ["Cases of whooping cough rose almost fivefold, to 2,793.", ["times", "cases"]],
    ["House prices rose to 290,000.", [null]],
    ["Measles cases in Europe rose 30-fold to 42,200.", ["times", "cases"]],
    ["Prices in shops for families rose to 30.", [null]],
    // A measure is elided like a noun; a group noun named before "N of the M <verb>".
    ["The first bridge is 1,200 metres long; the second is 900.", ["m", "m"]],
    ["The car's range is 358 miles, but in our test it managed just 241.", ["miles", "miles"]],
    ["Defences shot down incoming missiles, disabling 16 of the 36 launched.", ["missiles", "missiles"]],
    ["The number of our standing commissions rose to 12.", ["commissions"]],
    // Plurals in -men, plural acronyms, tonnes as "t", spelled speeds, a comparison after a count.
    ["Some 40 Russian servicemen were killed, and 15 of them were officers.", ["servicemen", "servicemen"]],
    ["One gunman and 3 policemen died.", ["gunmen", "policemen"]],
    ["The NHS has lost 3,000 GPs and 40 NGOs have closed.", ["gps", "ngos"]],
    ["The vessel carried 3,000 t of wheat and 2,000t of corn.", ["tonnes", "tonnes"]],
    ["The plane flew at 900 km per hour; the car at 50 miles an hour.", ["km/h", "mph"]],
    ["Heathrow expects 83 million passengers this year, 4 million more than in 2023.", ["passengers", "passengers"]],
    // Hyphenated model codes, harm verbs before a bare number, weapon brands, cubic measures.
    ["Kharkiv was hit by 3 S-300 missiles overnight, injuring 5.", ["missiles", "people"]],
    ["The strike killed 7 people, including 2 children, and injured 19.", ["people", "children", "people"]],
    ["Ukraine received 300 Javelins.", ["missiles"]],
    ["The pipeline carries 33 million cubic metres a day.", ["m3"]],
    // A glued "m" is metres where the sentence measures a physical thing, millions where money or a count is meant.
    ["The river rose 2.5m overnight.", ["m"]],
    ["They built a 37m wall.", ["m"]],
    ["The bridge spans 1.2m and costs 4m.", ["m", null]],
    ["The dam project received 2m from the fund.", [null]],
    ["The show drew 37m viewers.", ["viewers"]],
    // "N of them" counts the group before it, or people when a people predicate follows and no group was named.
    ["Russia lost 40 soldiers; 15 of them died of wounds.", ["soldiers", "soldiers"]],
    ["Two of them died in hospital.", ["people"]],
    ["Of the 1,200 people on board, 300 survived.", ["people", "people"]],
    // Areas written "sq. km" and "km2"; percentage points written "pp", "ppt" and "percentage-point".
    ["Russia holds 100,000 sq. km, and forests lost 2,000 km2.", ["km2", "km2"]],
    ["The rate rose 0.5pp to 4%, then fell by 0.3 ppt after a 2 percentage-point cut.", ["percentage_points", "percent", "percentage_points", "percentage_points"]],
    // "¥" in a Chinese context is the yuan; codes in mixed case and with a full stop.
    ["China's central bank injected ¥500bn into the banks.", ["CNY"]],
    ["Japan spent ¥9.8 trillion last year.", ["JPY"]],
    ["The Kenyan lender raised KSh 2bn, and the Indian one Rs. 500 crore.", ["KES", "INR"]],
    // Prices per thing in pence and in currency words; "per day" stays a period.
    ["Electricity costs 28p per kWh, and gas 90p a therm.", ["GBX/kWh", "GBX/therm"]],
    ["Wheat costs 250 euros per tonne, and the levy is €2 per passenger.", ["EUR/tonne", "EUR/passenger"]],
    ["It costs $5 per day.", ["USD"]],
    // Points beside a percentage are percentage points; an index's points stay points.
    ["Support for the party rose 4 points to 38%.", ["percentage_points", "percent"]],
    ["About 11% of adults smoke, down 1.2 points from a year ago.", ["percent", "percentage_points"]],
    ["The FTSE 100 fell 50 points, or 0.7%.", ["points", "percent"]],
  ])("%s", (text, expected) => {
    expect(units(text)).toEqual(expected);
  });

  test("the day a figure was said on is not its period", () => {
    expect(extractFigures("The airline will order 21 jets, it said on Thursday.")[0]?.period).toBeNull();
    expect(extractFigures("Fewer than 3,000 tickets remain, the club said in a statement on Monday.")[0]?.period).toBeNull();
    expect(extractFigures("Russia launched 40 missiles on Thursday.")[0]?.period).toBe("day");
  });
});

describe("time phrases and quoted vague counts", () => {
  test("'the last day N' is a count after a time phrase, not a numbered day", () => {
    const f = only("during the last day 1260 Russian soldiers were eliminated");
    expect(f.value).toBe(1260);
    expect(extractFigures("Day 12 of the war began")).toHaveLength(0);
    expect(extractFigures("on day 12 the shelling resumed")).toHaveLength(0);
  });
  test("a vague count in quotation marks: 'sent “a number” of the missiles'", () => {
    const f = only("the US had sent “a number” of the missiles");
    expect(f.value).toBeNull();
  });
});

describe("thousands grouped by a space", () => {
  test("'473 400', '12 500 shells' are one number", () => {
    expect(only("The number of Russian victims reached 473 400.").value).toBe(473400);
    const f = only("Ukraine received 12 500 shells");
    expect(f.value).toBe(12500);
    expect(f.unit).toBe("shells");
  });
  test("not after a month or a year, nor in a phone number", () => {
    expect(extractFigures("On May 9 300 troops marched").map((f) => f.value)).toEqual([300]);
    expect(extractFigures("in 2023 400 people died").map((f) => f.value)).toEqual([400]);
    expect(extractFigures("call 0800 048 3377")).toHaveLength(0);
  });
});

describe("extractFigures: parts of a whole, shares of a change, multiples before a determiner, list items", () => {
  test("'N of M units': the part counts what the whole counts", () => {
    const figures = extractFigures("The air force said it shot down 24 of 30 drones.");
    expect(figures.map((f) => [f.value, f.unit])).toEqual([[24, "drones"], [30, "drones"]]);
  });

  test.each([
    ["Civilian deaths rose by about a third compared with May.", 0.3333, "about"],
    ["Exports fell by more than a quarter last year.", 0.25, "more_than"],
  ])("a qualified share after 'by' is the share of a change: %j", (text, value, qualifier) => {
    const figure = only(text);
    expect([figure.value, figure.unit, figure.qualifier]).toEqual([value, "share", qualifier]);
  });

  test.each([
    ["Cases reached 9,000 in 2024, double the number reported in 2023.", 2],
    ["The alliance agreed to triple its stocks of shells.", 3],
    ["The plan would halve the number of crossings.", 0.5],
  ])("'double the', 'triple its': a multiple before a determiner: %j", (text, value) => {
    const figure = extractFigures(text).find((f) => f.unit === "times");
    expect(figure?.value).toBe(value);
  });

  test("'a double amputee' is no multiple", () => {
    expect(extractFigures("He is a double amputee.")).toEqual([]);
  });

  test.each(["- Delivered 85 emergency generators to hospitals", "Trained 640 medics in trauma care."])("a verb opening a list item is no name with a number: %j", (text) => {
    expect(extractFigures(text).map((f) => f.value)).toEqual([Number(/\d+/.exec(text)?.[0])]);
  });
});

describe("a share right after a name", () => {
  test("is a measure of it ('Qatar 11%'), where a plain number after a name is part of the name ('Nord Stream 2')", () => {
    expect(extractFigures("Norway supplied 30%, Qatar 11% and Algeria 20%.").map((f) => f.value)).toEqual([30, 11, 20]);
    expect(extractFigures("Germany halted Nord Stream 2.")).toEqual([]);
  });
});

describe("one amount written in two scales", () => {
  test.each([
    ["for about $ 2 billion $ 980 million, Ukraine will buy air defence", "about $ 2 billion $ 980 million", 2_980_000_000, "USD"],
    ["an additional $ 11 billion 700 million to help Ukraine", "$ 11 billion 700 million", 11_700_000_000, "USD"],
    ["2 million 400 thousand people fled", "2 million 400 thousand", 2_400_000, "people"],
  ])("is one figure: %j", (text, quote, value, unit) => {
    expect(extractFigures(text).map((f) => [f.text, f.value, f.unit])).toEqual([[quote, value, unit]]);
  });

  test("a list of amounts stays a list", () => {
    expect(extractFigures("$2 billion, $980 million and $5 million").map((f) => f.value)).toEqual([2_000_000_000, 980_000_000, 5_000_000]);
    expect(extractFigures("between 2 billion and 3 billion euros").length).toBeGreaterThan(0);
    expect(extractFigures("2 billion 3 billion").map((f) => f.value)).toEqual([2_000_000_000, 3_000_000_000]);
  });
});

describe("units and qualifiers of the triage's figures (REPORT.md section 9)", () => {
  const read = (text: string) => extractFigures(text).map((f) => [f.value, f.unit, f.qualifier]);

  test.each([
    ["The quake, which struck at a depth of 10 km, had a magnitude of 6.8, the agency said.", [[10, "km", "exact"], [6.8, "magnitude", "exact"]]],
    ["A 6.2-magnitude quake hit.", [[6.2, "magnitude", "exact"]]],
    ["The 7.1 magnitude earthquake struck at dawn.", [[7.1, "magnitude", "exact"]]],
    ["It measured 5.9 on the Richter scale.", [[5.9, "magnitude", "exact"]]],
    ["The death toll from the magnitude 7.8 earthquake in Turkey and Syria rose above 50,000.", [[7.8, "magnitude", "exact"], [50_000, "people", "more_than"]]],
  ] as const)("an earthquake's magnitude is read on its scale: %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  test("'magnitude 7.8' is spanned with the scale's name", () => {
    expect(extractFigures("A magnitude 6.7 earthquake struck.").map((f) => f.text)).toEqual(["magnitude 6.7"]);
  });

  test.each([
    ["Brent settled at $64.12 a barrel, down 28 cents.", [[64.12, "USD/barrel", "exact"], [0.28, "USD", "exact"]]],
    ["The company earned 31 cents a share.", [[0.31, "USD/share", "exact"]]],
  ] as const)("cents are counted in dollars: %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  test.each([
    ["GDP growth revised up to 0.6%", "exact"],
    ["Inflation ticked up to 3.1% in May.", "exact"],
    ["Up to 500 people were evacuated.", "up_to"],
    ["The hall can hold up to 500 people.", "up_to"],
  ])("'up to' after a verb of movement is a direction, not a cap: %s", (text, qualifier) => {
    expect(extractFigures(text).map((f) => f.qualifier)).toEqual([qualifier]);
  });

  test.each([
    ["Employment rose by 272,000. That was well above the 180,000 economists expected.", [null, null]],
    ["Payrolls rose 150,000, below the 200,000 analysts had forecast in a Reuters poll.", ["payrolls", null]],
    ["Twenty analysts expected a cut.", ["analysts"]],
  ])("forecasters after a number are the subject of a clause, not what it counts: %s", (text, units) => {
    expect(extractFigures(text).map((f) => f.unit)).toEqual(units);
  });

  test("'nautical miles' is a unit of its own", () => {
    expect(read("The tanker was struck 77 nautical miles west of Hodeidah.")).toEqual([[77, "nautical miles", "exact"]]);
  });

  test("both readings of 'from X to Y' share the noun the second takes from the subject", () => {
    expect(read("Robberies rose 4%, from 1,210 to 1,258.")).toEqual([[4, "percent", "exact"], [1210, "robberies", "exact"], [1258, "robberies", "exact"]]);
  });

  test("a price set against a price per thing is per the same thing", () => {
    expect(read("Petrol averaged 149.6p a litre, according to the ONS, against 152.7p a year ago.")).toEqual([[149.6, "GBX/litre", "exact"], [152.7, "GBX/litre", "exact"]]);
    expect(read("Gold was $2,300 an ounce. Silver was $30.")).toEqual([[2300, "USD/oz", "exact"], [30, "USD", "exact"]]);
  });

  test.each(["The defendant, 34, was found guilty.", "A man in his 60s died after a tree fell on his car.", "A woman in her mid-30s was hurt."])("an age is no figure: %s", (text) => {
    expect(extractFigures(text)).toEqual([]);
  });
});
