import { describe, expect, test } from "vitest";
import { type ExtractedClaim, extractClaims } from "@/lib/extract";

function covering(claims: ExtractedClaim[], words: string): ExtractedClaim {
  const claim = claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim with ${JSON.stringify(words)} in ${JSON.stringify(claims.map((c) => c.text))}`);
  return claim;
}

function texts(text: string): string[] {
  return extractClaims(text).map((c) => c.text);
}

describe("odd but real text keeps its claims", () => {
  test("sentences glued without a space are two sentences", () => {
    const claims = extractClaims("A glide bomb hit a school in Kupiansk and killed 3 teachers.Governor Oleh Syniehubov said 9 pupils were injured.");
    expect(covering(claims, "killed 3 teachers").text.includes("governor")).toBe(false);
    expect(covering(claims, "9 pupils were injured").speaker).toBe("Oleh Syniehubov");
  });

  test("a widget remnant glued to a question ('?Copy') is neither the claim nor its quote", () => {
    const claims = extractClaims("Did you see the footage?Copy: Belgian customs seized 40 tonnes of sanctioned aluminium in Antwerp.");
    const claim = covering(claims, "40 tonnes");
    expect(claim.text.startsWith("Belgian customs")).toBe(true);
  });

  test("a sentence opening with a dash keeps its claim without the dash", () => {
    const claim = covering(extractClaims("— Romania received 4,000 tonnes of Ukrainian corn at Constanta in April."), "4,000 tonnes");
    expect(claim.text.startsWith("Romania")).toBe(true);
  });

  test.each([
    "Russian drones struck a substation in Sumy, leaving 12,000 homes without power 😡",
    "Russian drones struck a substation in Sumy, leaving 12,000 homes without power. 🇺🇦🙏 #Sumy #StandWithUkraine",
    "Russian drones 🛩️ struck a substation in Sumy, leaving 12,000 homes without power.",
  ])("emoji in or after a sentence do not drop it: %j", (text) => {
    const claim = covering(extractClaims(text), "12,000 homes");
    expect(claim.text).not.toMatch(/[#\u{1F300}-\u{1FAFF}\u{1F1E6}-\u{1F1FF}]$/u);
    expect(claim.statement).not.toMatch(/[\u{1F300}-\u{1FAFF}\u{1F1E6}-\u{1F1FF}]/u);
  });

  test("bullet items without a full stop are claims", () => {
    const list = "Overnight attack, in figures:\n- 27 drones launched from Kursk\n• 19 drones shot down over Chernihiv\n* 2 power lines damaged";
    const found = texts(list);
    expect(found.some((t) => t.includes("27 drones"))).toBe(true);
    expect(found.some((t) => t.includes("19 drones"))).toBe(true);
    expect(found.some((t) => t.includes("2 power lines"))).toBe(true);
    expect(found.every((t) => !/^[-•*]/.test(t))).toBe(true);
  });

  test("a clause cut before a second subject does not end in the conjunction", () => {
    // The cut itself, whatever the detector makes of each half: every candidate clause is kept.
    const found = extractClaims("Kyiv denied taking any hostile action and Ukrainian intelligence had earlier warned that infrastructure in the Russian-controlled regions had been mined.", { scorer: () => 1 }).map((c) => c.text);
    expect(found).toContain("Kyiv denied taking any hostile action");
    expect(found.every((t) => !/\s(?:and|or|but|the|a|an)$/i.test(t))).toBe(true);
  });

  test("a web address after a claim is neither part of it nor a figure", () => {
    const claims = extractClaims("The governor said 12 civilians were injured in Kharkiv on Tuesday, https://www.kharkiv-oda.gov.ua/news/strike-on-school-1234567890. See www.example.org/report-2024 for more.");
    const claim = covering(claims, "12 civilians");
    expect(claim.text).toBe("12 civilians were injured in Kharkiv on Tuesday");
    expect(claim.figures.map((f) => f.value)).toEqual([12]);
    expect(claims.flatMap((c) => c.figures).some((f) => f.value === 1234567890 || f.value === 2024)).toBe(false);
  });

  test("an all-capitals paragraph keeps its claim", () => {
    expect(texts("EMERGENCY CREWS RESCUED 14 PEOPLE FROM THE RUBBLE IN DNIPRO ON SATURDAY.").length).toBe(1);
  });

  test("a very long sentence keeps the claim it carries", () => {
    const filler = "in the days that followed, as families waited outside the hospital and volunteers brought food and blankets, ".repeat(8);
    const text = `According to the regional administration, ${filler}the final toll rose to 64 dead, among them 6 children.`;
    expect(text.split(/\s+/).length).toBeGreaterThan(80);
    expect(texts(text).some((t) => t.includes("64 dead"))).toBe(true);
  });
});

describe("text that carries no claims gives none", () => {
  test.each([
    "Read more: Russia lost 20 jets in a month",
    "Photo: 12 soldiers return from captivity",
    "Other Topics of Interest Ukraine Gets 300 Howitzers From Allies",
    "Subscribe to our newsletter and join 40,000 readers",
    "Follow us on Telegram, where 120,000 people already get our news",
    "Copyright 2024. All rights reserved.",
    "Sign up for the 7 a.m. briefing",
    "– Moldova expels two diplomats –",
    "(Reporting by Iryna Sobko in Kyiv and Pavel Lebedev in Moscow; Additional reporting by Anna Kravets in Dnipro; Editing by Mark Heinrich)",
    "Reporting by Olena Savchuk; editing by Taras Kovalenko",
    "Additional reporting by Leila Nathoo",
    "View image in fullscreen Satellite imagery of Millerovo Airfield, 16 miles from the Ukraine border. Photograph: AP",
    "Anyone with information is asked to call Cumbria Police on 101, quoting incident 46 of 6 February 2025.",
  ])("%j", (line) => {
    expect(texts(`Fighting continued near Kupiansk on Monday.\n\n${line}\n\nNo further details were given.`).filter((t) => !t.startsWith("Fighting") && !t.startsWith("No further"))).toEqual([]);
  });

  test("prose that opens like a prompt is still prose", () => {
    expect(texts("Photos and videos taken in Bucha showed at least 20 bodies lying in one street.").length).toBe(1);
  });

  test("a table of figures, one label and count a line, keeps each line; a title closed by a bracket is no claim", () => {
    const losses = "The total combat losses of the enemy from 24.02.22 to 15.03.25 are approximately:\n\npersonnel ‒ about 895,350 (+1,340) persons\ntanks ‒ 10,245 (+6)\nMLRS ‒ 1,310 (+1)";
    expect(texts(losses)).toEqual(["personnel ‒ about 895,350 (+1,340) persons", "tanks ‒ 10,245 (+6)", "MLRS ‒ 1,310 (+1)"]);
    expect(extractClaims(losses).map((c) => c.statement)).toContain("MLRS ‒ 1,310 (+1)");
    expect(texts("UKRAINE: Humanitarian Situation Report No. 42 (1–31 January 2025)\n\nPartners reached 1.2 million people with aid in January.")).toEqual(["Partners reached 1.2 million people with aid in January"]);
  });

  test("prose that opens like a wire story's credits is still prose", () => {
    expect(texts("Reporting by the BBC found that 40 hospitals were damaged.")).toEqual(["Reporting by the BBC found that 40 hospitals were damaged"]);
    expect(texts("Reporting by Reuters showed that 40 hospitals were damaged.")).toEqual(["40 hospitals were damaged"]);
  });

  test.each([
    ["a navigation menu", ["Home", "World", "Ukraine war", "Business", "Markets", "Sport", "Weather", "Sign in"].join("\n")],
    ["a list of links", Array.from({ length: 50 }, (_, i) => `Shelling kills ${i + 2} in Kherson region https://example.org/a/${i}`).join("\n")],
    ["a table of numbers", ["Oblast\t2022\t2023\t2024", ...Array.from({ length: 60 }, (_, i) => `Region ${i}\t${1000 + 7 * i}\t${800 + 3 * i}\t${300 + i}`)].join("\n")],
  ])("%s gives no claims", (_, text) => {
    expect(extractClaims(text)).toEqual([]);
  });
});

describe("types", () => {
  test.each([
    // The rules alone said humanitarian (damage to a civilian place); the type model says military, as
    // GUIDELINES.md does for an attack on a hospital (type-model.test.ts checks both).
    ["A Russian glide bomb struck the maternity ward of the hospital in Zaporizhzhia, killing a newborn.", "struck the maternity ward", "military"],
    ["Shelling damaged four ambulances and a clinic in Beryslav on Sunday.", "four ambulances", "humanitarian"],
    ["The WHO has verified 1,800 attacks on health care in Ukraine since the invasion.", "1,800 attacks", "military"],
    ["Ukraine has sunk or disabled a third of Russia's Black Sea Fleet, including 24 warships.", "a third of Russia's Black Sea Fleet", "military"],
    ["Washington announced a $425 million weapons package for Ukraine on Friday.", "$425 million", "aid"],
    ["The Netherlands will provide 350 million euros in aid to Ukraine for air defence.", "350 million euros", "aid"],
    ["Norway delivered 120,000 rounds of 155mm ammunition to Ukraine in March.", "120,000 rounds", "aid"],
  ])("%j is %s", (text, words, type) => {
    expect(covering(extractClaims(text), words).type).toBe(type);
  });

  test("a forecast drawn from a fact is not part of the fact's claim", () => {
    const claims = extractClaims("Russian strikes knocked out half of Ukraine's thermal generation, which means that the winter will bring blackouts of 16 hours a day.");
    const fact = covering(claims, "half of Ukraine's thermal generation");
    expect(fact.text.includes("winter")).toBe(false);
    expect(fact.statement.includes("winter")).toBe(false);
  });
});

describe("recall", () => {
  test("both halves of coordinated verbs with figures are claims", () => {
    const claims = extractClaims("The missile strike killed 6 people and injured 31 others in Ternopil.");
    expect(covering(claims, "killed 6 people").type).toBe("casualties");
    expect(covering(claims, "injured 31 others").type).toBe("casualties");
  });

  test("a passive toll with a second figure splits into two claims", () => {
    const claims = extractClaims("Four people were killed and 19 injured in an attack on a bus station in Kherson.");
    expect(covering(claims, "Four people were killed").figures.map((f) => f.value)).toEqual([4]);
    expect(covering(claims, "19 injured").figures.map((f) => f.value)).toEqual([19]);
  });

  test("a relative clause of consequence carries its own claim", () => {
    const claims = extractClaims("A missile hit a residential building in Uman on Friday, which killed 23 people.");
    const toll = covering(claims, "killed 23 people");
    expect(toll.type).toBe("casualties");
    expect(toll.statement).toBe("A missile hit a residential building in Uman on Friday, which killed 23 people");
  });

  test("a list item whose figure stands alone continues the toll", () => {
    const claims = extractClaims("One rescuer was killed and three more injured in a second strike on the same site.");
    expect(covering(claims, "three more injured").type).toBe("casualties");
  });
});
