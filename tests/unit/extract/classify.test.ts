import { describe, expect, test } from "vitest";
import { extractClaims } from "@/lib/extract";
import { classify } from "@/lib/extract/classify";
import { LINEAR_BOUND, workGrowth } from "@/tests/support/growth";
import { CLAUSE_INPUTS } from "@/tests/support/pathological-inputs";

/**
 * Structural typing rules, each with real sentences of the news corpus (most from articles outside
 * the development set). `units` are the units of the clause's figures, as the extractor passes them.
 */
function typeOf(clause: string, units: (string | null)[] = []): string {
  return classify({ clause, units });
}

describe("sanctions: imposed, evaded or felt", () => {
  test("sanctions that are evaded are not a sanction announced", () => {
    expect(typeOf("We don’t believe any Irish companies have evaded sanctions")).not.toBe("event");
    expect(typeOf("In his role, Komlev has promoted the Mir network in other countries, which ultimately could assist Russia in circumventing international sanctions")).toBe("other");
    expect(typeOf("they have not seen China evade tough US-led sanctions on Russia or provide it with military equipment")).toBe("aid");
  });

  test("growing is not the economy by itself: growth of an economy is", () => {
    expect(typeOf("Tension grew in Kyiv")).not.toBe("economic");
    expect(typeOf("The economy returned to growth in the third quarter")).toBe("economic");
  });

  test("sanctions that hit or cost something are an economic effect", () => {
    expect(typeOf("they blame Western sanctions - as much as Russia's invasion - for the rising costs of gas and oil")).toBe("economic");
    expect(typeOf("Sanctions introduced by the European Union and other countries have affected, among others, sectors: bank, air, car, metallurgical, mining, ship, IT and commercial")).toBe("economic");
  });

  test("sanctions imposed stay an event", () => {
    expect(typeOf("The United States on Wednesday imposed new sanctions on hundreds of companies and people tied to Russia's weapons development program")).toBe("event");
  });
});

describe("attacks and damage by voice and subject", () => {
  test("an attack in the passive is still an attack", () => {
    expect(typeOf("They're being attacked from within Russian territory")).toBe("military");
  });

  test("'launched' or 'targeted' in the passive are not attacks", () => {
    expect(typeOf("She suggested China’s economic rise – now the world’s second largest economy to Britain’s sixth – could be targeted")).not.toBe("military");
    expect(typeOf("the Nord Stream 2 gas pipeline would not be launched")).not.toBe("military");
  });

  test("a civilian place hit in the passive is damage, whatever hit it", () => {
    expect(typeOf("a hospital in Kharkov was hit during a rocket attack")).toBe("humanitarian");
  });

  test("military things destroyed in the passive stay military", () => {
    expect(typeOf("American destroyers in the Mediterranean were destroyed by 4-6 Iranian ballistic missiles", [null])).toBe("military");
  });

  test("launching an invasion is military, whatever territory it went into", () => {
    expect(typeOf("8 years ago, the Russian Federation launched an armed invasion into the sovereign territory of Ukraine")).toBe("military");
  });
});

describe("compounds are modifiers, not verbs", () => {
  test("'Russian-held' is not the verb 'held'", () => {
    expect(typeOf("Russian forces eventually established a land corridor linking Crimea to Russian-held parts of eastern Ukraine")).toBe("territory");
  });

  test("'counter-attack' and 'non-aggression' do not outweigh the head of the clause", () => {
    expect(typeOf("Russian advances in the east have been stalled by Ukrainian forces and a counter-attack by Kyiv in the south is underway")).toBe("territory");
    expect(typeOf("Finnish historian Antero Holmila joins the episode to discuss the Molotov-Ribbentrop Pact between Russia and Nazi Germany – essentially a non-aggression agreement")).toBe("event");
  });
});

describe("background parts of a clause weigh less than its fact", () => {
  test("a subordinate clause of time or concession", () => {
    expect(typeOf("The Duchess of Edinburgh has become the first member of the British royal family to visit Ukraine since Russia’s invasion in 2022")).toBe("event");
    expect(typeOf("domestic tourism had actually restarted within Ukraine, reaching up to 50% of pre-war levels despite the fighting", ["percent"])).toBe("economic");
    expect(typeOf("Berlin on Monday announced it had also recalled its ambassador for a week of consultations in Berlin because of an alleged Russian cyber-attack against Germany’s ruling party")).toBe("event");
  });

  test("an appositive after the subject", () => {
    expect(typeOf("Ukraine and Russia, two of the world’s biggest grain exporters, agreed a deal brokered by the UN and Turkey last month to unblock Black Sea grain deliveries")).toBe("event");
  });

  test("a trailing participle of consequence", () => {
    expect(typeOf("In the Black Sea, Ukraine has pushed back the Russian fleet, enabling the continued export of grain to world markets")).toBe("territory");
  });

  test("a subordinate part that carries the figure is the fact", () => {
    expect(typeOf("The blasts on Tuesday come one week after at least one person was killed and five more injured in similar explosions at a Russian airbase in Crimea", ["person", null])).toBe("casualties");
  });

  test("what a proposal proposes is not what happened: backing it is the decision", () => {
    expect(typeOf("NATO foreign ministers have supported the proposal to strengthen the Alliance's role in providing security assistance to Ukraine")).toBe("event");
    expect(typeOf("The UN nuclear watchdog’s 35-nation board of governors passed a resolution demanding Russia end its occupation of the Zaporizhzhia nuclear power plant in southern Ukraine")).toBe("event");
  });
});

describe("events by construction", () => {
  test("a body founded or opened", () => {
    expect(typeOf("The Pokrowskie Perinatal Center was established in 2015")).toBe("event");
  });

  test("attending a forum, a declaration", () => {
    expect(typeOf("The African leaders travelled to St Petersburg on Saturday to meet Mr Putin, who was attending a business forum in Russia’s second-largest city")).toBe("event");
    expect(typeOf("It was Ukraine who, earlier than any European country and the United States, had closed the sky for our planes and declared an economic blockade of Belarus")).toBe("event");
  });

  test("people or bodies designated in the passive: accused, named, listed", () => {
    expect(typeOf("Companies in China, Azerbaijan, Belgium, Slovakia, Turkey and the United Arab Emirates were accused of helping Russia acquire technology and equipment from abroad")).toBe("event");
    expect(typeOf("A group of 16 targets in China and Hong Kong, most of which are related to Russian procurement workarounds, are named by the Biden administration", ["targets"])).toBe("event");
    // "named after" gives a name, it designates nobody.
    expect(typeOf("of the mostly Russian-controlled southeastern port city, which is named after Mary")).not.toBe("event");
  });

  test("reservists called up are forces", () => {
    expect(typeOf("The Russian leader also ordered a partial mobilisation of 300,000 reservists in a desperate attempt to turn the tide of the war in Ukraine", ["reservists"])).toBe("military");
  });
});

describe("list items share the list's predicate", () => {
  test("an item with nothing topical takes the type of the item before it", () => {
    const text =
      "At the end of 2022, ‘‘11.6 million Ukrainians remained displaced, including 5.9 million within their country, and 5.7 million who fled to neighbouring countries,’’ creating the fastest displacement crisis.";
    const claims = extractClaims(text);
    const item = claims.find((c) => c.text.includes("5.9 million"));
    expect(item?.type).toBe("humanitarian");
  });
});

describe("linear work of the new patterns", () => {
  // Counted, not timed (tests/support/growth.ts); tests/complexity/extract.test.ts times the same inputs.
  test.each(CLAUSE_INPUTS)("long runs of %s scan text in proportion to their length", (_, make) => {
    expect(workGrowth(make, 4000, (clause) => classify({ clause, units: [] }))).toBeLessThan(LINEAR_BOUND);
  });
});

describe("classes missed before: words of economies, advances, supply and designations", () => {
  test("growth, recessions and 'advanced economies' are economic, not an advance", () => {
    expect(typeOf("The IMF expects the economy to grow by 3.2% this year, while growth in most advanced economies slows", ["percent"])).toBe("economic");
    expect(typeOf("Despite many gloomy predictions, the world avoided a recession, the banking system proved largely resilient")).toBe("economic");
    expect(typeOf("the forecasts it makes for growth the following year in most advanced economies have been within about 1.5 percentage points")).toBe("economic");
  });

  test("advancing and capturing are control of land", () => {
    expect(typeOf("Russian forces have been advancing west of the town for a week")).toBe("territory");
    expect(typeOf("Moscow has had the upper hand since capturing the town of Avdiivka in February")).toBe("territory");
  });

  test("arms a country is to supply are aid", () => {
    expect(typeOf("Britain would be the first country to supply tanks to Ukraine’s armed forces")).toBe("aid");
  });

  test("damage to civilian infrastructure is humanitarian", () => {
    expect(typeOf("civilian infrastructure had been destroyed in the assault")).toBe("humanitarian");
  });

  test("forums, announcements and measures against individuals and entities are events", () => {
    expect(typeOf("The Moscow security forum has brought together more than 700 guests", ["guests"])).toBe("event");
    expect(typeOf("The new measures target 50 individuals and entities involved in the drone industry", ["individuals"])).toBe("event");
  });
});

describe("the guidelines' economy and humanitarian words beyond the war", () => {
  test("rates, earnings, wages and public finances are economic", () => {
    expect(typeOf("The central bank raised its key interest rate to 16% on Friday", ["percent"])).toBe("economic");
    expect(typeOf("Average wages rose 4.1% in the year to March", ["percent"])).toBe("economic");
    expect(typeOf("The budget deficit widened to 3.2% of output", ["percent"])).toBe("economic");
  });

  test("what a disaster does to homes, power and water is humanitarian", () => {
    expect(typeOf("Flooding left 120,000 homes without drinking water", ["homes"])).toBe("humanitarian");
    expect(typeOf("Power outages affected 300,000 households after the storm", ["households"])).toBe("humanitarian");
  });

  test("money named as aid is aid, whatever it pays for", () => {
    expect(typeOf("an additional $225 million in humanitarian assistance to help people inside Ukraine, including by supplying safe drinking water, shelter, hospitals and medical care", ["USD"])).toBe("aid");
  });
});

describe("damage to what people live on", () => {
  test("power, heating and water destroyed or damaged are humanitarian, whoever struck", () => {
    expect(typeOf("Russian attacks destroyed half of Ukraine's power generating capacity", ["share"])).toBe("humanitarian");
    expect(typeOf("Missile strikes damaged the water supply of 40,000 residents in Mykolaiv", ["residents"])).toBe("humanitarian");
  });

  test("an attack on a military target stays military", () => {
    expect(typeOf("Ukrainian drones destroyed 12 Russian tanks near Bakhmut", ["tanks"])).toBe("military");
  });
});
