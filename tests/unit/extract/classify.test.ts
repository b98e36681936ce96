import { describe, expect, test } from "vitest";
import { extractClaims, typeByRules } from "@/lib/extract";
import { classify, isOffTopic } from "@/lib/extract/classify";
import { LINEAR_BOUND, workGrowth } from "@/tests/support/growth";
import { CLAUSE_INPUTS } from "@/tests/support/pathological-inputs";

/**
 * Structural typing rules, each with real sentences of the news corpus (most from articles outside
 * the development set). `units` are the units of the clause's figures, as the extractor passes them.
 */
function typeOf(clause: string, units: (string | null)[] = []): string {
  return classify({ clause, units });
}

/** Claims typed by the rules alone, as `classify` and the list rules of the extractor give them. */
const claimsByRules = (text: string, options: Parameters<typeof extractClaims>[1] = {}) => extractClaims(text, { ...options, typer: typeByRules });

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

describe("equipment counted in a toll", () => {
  test("arms named in several words are equipment losses, after people killed in the same list", () => {
    const claims = claimsByRules("Russian losses since Jan 1 include 66,180 soldiers killed along with the destruction of 579 tanks, 890 armored personnel carriers and 650 artillery systems.");
    const typeOfItem = (words: string): string | undefined => claims.find((c) => c.text.includes(words))?.type;
    expect(typeOfItem("890 armored personnel carriers")).toBe("military");
    expect(typeOfItem("650 artillery systems")).toBe("military");
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
    const claims = claimsByRules(text);
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

describe("classes from text nobody tuned for: harm, causes, background verbs", () => {
  test("harm to people named without a verb of killing is casualties", () => {
    expect(typeOf("February 2024 had been the deadliest month for civilians since last August")).toBe("casualties");
    expect(typeOf("no patients were hurt because they had been moved to a shelter when the air raid alert sounded")).toBe("casualties");
    expect(typeOf("ignored what he said were 4,000 civilian deaths caused by Ukrainian shelling in Donbas since 2014", ["deaths"])).toBe("casualties");
  });

  test("a cause named after the fact is its background", () => {
    expect(typeOf("Most of the casualties were caused by long-range missiles and loitering munitions striking populated areas")).toBe("casualties");
  });

  test("a verb in the background does not make the fact an attack", () => {
    expect(typeOf("More than 200 Ukrainian athletes and coaches have been killed since Russia launched its full-scale invasion of Ukraine last year", ["athletes"])).toBe("casualties");
  });

  test("a participle between a determiner and its noun describes a place, it is not the verb", () => {
    expect(typeOf("A powerful explosion was heard in the area of the Russian Military Airport in an annexed Crimea")).toBe("military");
  });
});

describe("classes from text nobody tuned for: giving, money and launching", () => {
  test("every form of the verbs of giving, and appeals and donations, are aid", () => {
    expect(typeOf("the United States, Germany, the Netherlands, Romania and Italy would provide Ukraine with five additional strategic air defence systems")).toBe("aid");
    expect(typeOf("Norway pledges NOK 1.1bn for Ukrainian energy repairs", ["NOK"])).toBe("aid");
    expect(typeOf("it had distributed 18,500 blankets", ["blankets"])).toBe("aid");
    expect(typeOf("Donations for the hospital's repair reached UAH 300 million within 24 hours", ["UAH", "hours"])).toBe("aid");
  });

  test("money in any currency and in any place among the figures", () => {
    expect(typeOf("Norway will give 1.1bn Norwegian crowns (about €95m) to help Ukraine repair its energy grid", ["crowns", "EUR"])).toBe("aid");
    expect(typeOf("Order backlog at record NOK 41.6 billion, up 52% year on year", ["NOK", "percent"])).toBe("economic");
  });

  test("a currency code after 'to' is an amount, not a recipient; a price is the market's", () => {
    expect(typeOf("spending on education increases to UAH 198 billion", ["UAH"])).toBe("economic");
    expect(typeOf("freight rates from Odesa to Egypt had fallen to $28 per tonne from $45 in spring", ["USD/tonne", "USD"])).toBe("economic");
  });

  test("launching is an attack only when arms or an attack are launched", () => {
    expect(typeOf("The United Nations and the IFRC on Wednesday launched a joint appeal for $62 million to help about 180,000 people affected by floods", ["USD", "people"])).toBe("aid");
    expect(typeOf("Russia launched over 3,700 glide bombs in June alone", ["bombs"])).toBe("military");
  });
});

describe("classes from text nobody tuned for: damage and occasions", () => {
  test("damage done to civilian places is humanitarian, whatever did it", () => {
    expect(typeOf("Floodwaters destroyed at least 46 bridges", ["bridges"])).toBe("humanitarian");
    expect(typeOf("The attack also damaged a nearby apartment block, a pharmacy and more than 40 market stalls", ["stalls"])).toBe("humanitarian");
    expect(typeOf("Ukraine has now destroyed or damaged 27 Russian navy vessels since February 2022", ["vessels"])).toBe("military");
  });

  test("invitations, trips, ceremonies and parades are events", () => {
    expect(typeOf("Russia was not invited to the Games")).toBe("event");
    expect(typeOf("Russia will cancel the annual Victory Day parade on May 9 in occupied Crimea due to security issues")).toBe("event");
  });
});

describe("topics outside the types are 'other'", () => {
  test("sport results and figures of disease", () => {
    expect(typeOf("She also won individual bronze, becoming Ukraine's most decorated Olympian with six medals", ["medals"])).toBe("other");
    expect(typeOf("coverage with the second dose stood at 91%", ["percent"])).toBe("other");
    expect(typeOf("The WHO European Region recorded 127,350 measles cases in 2024, double the number reported in 2023", ["measles"])).toBe("other");
  });

  test("people killed or things given stay casualties or aid, whatever their field", () => {
    expect(typeOf("487 Ukrainian athletes and coaches had been killed since Russia's full-scale invasion began", ["athletes"])).toBe("casualties");
    expect(typeOf("it had delivered 1.2 million doses of measles vaccine to Ukraine since 2022", ["doses"])).toBe("aid");
  });

  test("an off-topic clause does not take the type of the claim before it", () => {
    const text = "Russia's team was banned from the Games. 15 athletes from Russia competed as neutrals, along with 17 from Belarus.";
    const claim = claimsByRules(text, { scorer: () => 1 }).find((c) => c.text.startsWith("15 athletes"));
    expect(claim?.type).toBe("other");
  });
});

describe("classes from text nobody tuned for: economy beyond trade, forces, speeches", () => {
  test("a company's people, money against money and goods carried by sea are economic", () => {
    expect(typeOf("total workforce 5,940 employees", ["employees"])).toBe("economic");
    expect(typeOf("The hryvnia weakened 0.4% against the dollar to 41.67 per dollar after the decision", ["percent", null])).toBe("economic");
    expect(typeOf("The shadow fleet numbers around 600 vessels, maritime analysts estimate", ["vessels"])).toBe("economic");
    expect(typeOf("2,150 vessels had used the Ukrainian corridor since it opened in August 2023, carrying a total of 77 million tonnes of cargo", ["vessels", "tonnes"])).toBe("economic");
  });

  test("arms delivered under a contract are sold, not given", () => {
    expect(typeOf("The company delivered its first batch of 35,000 155mm shells under a EUR 420 million framework contract with the Norwegian Defence Materiel Agency", [null, "mm", "EUR"])).toBe("economic");
  });

  test("forces where they fight or stand are military", () => {
    expect(typeOf("Kyiv faces manpower shortages on the battlefield")).toBe("military");
    expect(typeOf("S-300 and S-400 launchers are also stationed there")).toBe("military");
  });

  test("a speech made is an event", () => {
    expect(typeOf("President Volodymyr Zelensky addressed the Verkhovna Rada and the nation on Tuesday, marking 1,000 days since Russia launched its full-scale invasion", ["days"])).toBe("event");
  });

  test("measures that target people or companies are a sanction, not a strike", () => {
    expect(typeOf("the U.S. targeting individuals and entities that produce engines that power drones and are involved in steel production")).toBe("event");
    expect(typeOf("Russia has also been targeting Ukrainian ports")).toBe("military");
  });
});

describe("classes from text nobody tuned for: what people live on", () => {
  test("blackouts, health care hit and deportation are humanitarian; a count of attacks on health care is attacks", () => {
    expect(typeOf("forced operators to introduce scheduled blackouts in six regions for the first time since the winter", ["regions"])).toBe("humanitarian");
    expect(typeOf("A children's clinic in the port was struck by a glide bomb overnight")).toBe("humanitarian");
    expect(typeOf("Inspectors have recorded 412 attacks on hospitals and ambulances in the province since the spring", ["attacks"])).toBe("military");
    expect(typeOf("Residents in the Caucasus and Crimea were deported to Central Asia")).toBe("humanitarian");
  });

  test("equipping someone is support given", () => {
    expect(typeOf("Equipped 14 field surgical units in the Kharkiv, Donetsk and Zaporizhzhia regions")).toBe("aid");
  });

  test("a day of a month in the background is a date, not a count that makes it the fact", () => {
    expect(typeOf("the number of civilian casualties rose by about a third compared with June, driven by the July 8 missile attack on Kyiv")).toBe("casualties");
  });
});

describe("classes from text nobody tuned for: what happened by nature or accident, positions taken", () => {
  test("a quake and its aftershocks, a collision, a fire told for themselves are events", () => {
    expect(typeOf("It was followed by more than 420 aftershocks, the strongest of them of magnitude 5.1", ["aftershocks", "aftershocks"])).toBe("event");
    expect(typeOf("Several of its ageing tankers have lost power or run aground in the Baltic and Black Seas this year")).toBe("event");
    expect(typeOf("Those quakes killed more than 53,000 people in Turkey", ["people"])).toBe("casualties");
  });

  test("a body that condemns takes a position: an event", () => {
    expect(typeOf("It also condemns China's role as a \"decisive enabler\" of Russia's war")).toBe("event");
  });

  test("rounds of talks are diplomacy, not ammunition", () => {
    expect(typeOf("Belarus hosted three successful rounds of Ukrainian-Russian negotiations", ["rounds"])).toBe("event");
    expect(typeOf("The package includes 155mm artillery rounds", ["rounds"])).not.toBe("event");
  });
});

describe("arms made are output", () => {
  test("making shells, drones or ammunition is economic, with or without a count", () => {
    expect(typeOf("The plant in the north now produces 900 shells a day", ["shells"])).toBe("economic");
    expect(typeOf("The country is manufacturing drones at twice last year's rate")).toBe("economic");
    expect(typeOf("Gunners fired 900 shells a day at the bridgehead", ["shells"])).toBe("military");
  });

  test("making as a purpose does not make the clause about output", () => {
    expect(typeOf("The ministry blacklisted three traders of chemicals used to produce explosives")).toBe("event");
  });
});

describe("a part of a group counted before", () => {
  test("has no topic of its own: who its people are does not type it", () => {
    expect(typeOf("including 40 children", ["children"])).toBe("other");
    expect(typeOf("Six of them were women", ["women"])).toBe("other");
    expect(typeOf("among them two teachers", [null])).toBe("other");
    expect(typeOf("including 300 who crossed on Monday", [null])).toBe("other");
  });

  test("a part that is itself harmed keeps its own type", () => {
    expect(typeOf("including 40 children who were killed", ["children"])).toBe("casualties");
  });
});

describe("the war named as a whole", () => {
  test("is the setting of a clause when a preposition heads it", () => {
    expect(typeOf("The mayor has not travelled abroad since the start of Russia's invasion")).not.toBe("military");
    expect(typeOf("The choir sang a song in support of the war against Ukraine")).not.toBe("military");
    expect(typeOf("The ministers condemned the aggression against Georgia at the meeting")).toBe("event");
  });

  test("calling up reservists raises forces", () => {
    expect(typeOf("The government announced the mobilisation of 50,000 reservists", ["reservists"])).toBe("military");
  });

  test("is a military fact when the clause says it happened", () => {
    expect(typeOf("The invasion began before dawn on a Thursday")).toBe("military");
    expect(typeOf("Russian aggression continued along the whole eastern border")).toBe("military");
  });
});

describe("health care as a service", () => {
  test("without harm it is a topic of its own", () => {
    expect(typeOf("Only 52% of patients at the county hospital were seen within four hours", ["percent"])).toBe("other");
    expect(typeOf("Nurses gave the flu jab to 3,000 pensioners last week", ["pensioners"])).toBe("other");
    expect(isOffTopic("More than 700 patients waited over a day for a bed")).toBe(true);
  });

  test("a public service measured by waiting is a topic of its own", () => {
    expect(typeOf("The housing office's waiting list has grown to 2,300 families", ["families"])).toBe("other");
    expect(typeOf("Kyiv is still waiting for the 40 tanks it was promised in May", ["tanks"])).toBe("aid");
  });

  test("harm reaching it is humanitarian", () => {
    expect(typeOf("Two hospitals in the city were left without water after the bombardment")).toBe("humanitarian");
    expect(isOffTopic("The clinic was damaged by falling debris")).toBe(false);
  });
});

describe("measures of none of the types", () => {
  test("a poll counts opinions, whatever they are about", () => {
    expect(typeOf("Some 58% of voters believe the army should retake the southern islands", ["percent"])).toBe("other");
    expect(typeOf("Two-thirds of respondents are against sending more tanks", ["share"])).toBe("other");
    expect(isOffTopic("Only 12% of those surveyed think sanctions work")).toBe(true);
  });

  test("rain and water measured are the weather", () => {
    expect(typeOf("Up to 90 millimetres of rain fell on the coast overnight", ["mm"])).toBe("other");
    expect(isOffTopic("River levels rose to 4.2 metres in the old town")).toBe(true);
  });

  test("a share that is not an opinion keeps its type", () => {
    expect(typeOf("Inflation rose to 7% in March", ["percent"])).toBe("economic");
  });
});

describe("something handed over", () => {
  test("is support given, whatever it is and whoever receives it", () => {
    expect(typeOf("Volunteers distributed 9,000 blankets to displaced families in the north", ["blankets"])).toBe("aid");
    expect(typeOf("The charity supplied 40 water pumps to villages cut off by the floods", ["pumps"])).toBe("aid");
  });

  test("a supplier named in the passive, or arms handed over and then used, are not a gift", () => {
    expect(typeOf("The city council supplied tents to displaced families")).toBe("aid");
    expect(typeOf("Displaced families were supplied with tents by the city council")).toBe("humanitarian");
    expect(typeOf("A drone delivered a strike on the fuel depot overnight")).toBe("military");
    expect(typeOf("The new turbines delivered 40 megawatts of electricity last year", ["MW"])).toBe("economic");
  });
});

describe("power and heat as a supply", () => {
  test("made, bought or sold without harm they are output and trade", () => {
    expect(typeOf("The country imported 3 gigawatts of electricity from its neighbours in March", ["GW"])).toBe("economic");
    expect(typeOf("Its two reactors generated most of the power used in the region last winter")).toBe("economic");
  });

  test("lost by people they are humanitarian", () => {
    expect(typeOf("The strike left 80,000 homes without power", ["homes"])).toBe("humanitarian");
    expect(typeOf("Crews were cutting power to about 5,000 households overnight", ["households"])).toBe("humanitarian");
  });
});

describe("money paying for arms", () => {
  test("is support given to someone's forces", () => {
    expect(typeOf("The fund also holds $75m for anti-drone systems", ["USD"])).toBe("aid");
    expect(typeOf("Donors raised €300m to buy artillery shells from suppliers abroad", ["EUR"])).toBe("aid");
  });

  test("unless it is a state's own budget or a market", () => {
    expect(typeOf("The defence budget sets aside $4bn for new tanks", ["USD"])).toBe("economic");
    expect(typeOf("Exports of rifles earned the firm $90m last year", ["USD"])).toBe("economic");
  });
});

describe("a toll told in the present tense", () => {
  test("is casualties before the attack that caused it", () => {
    expect(typeOf("Missile strike on port kills three, injures nine")).toBe("casualties");
  });
});

describe("public acts of a government or a leader", () => {
  test("a plan proposed or presented, a matter discussed, a law enacted are events", () => {
    expect(typeOf("The foreign minister presented a five-point plan for the talks")).toBe("event");
    expect(typeOf("The two leaders discussed the grain corridor by phone")).toBe("event");
    expect(typeOf("A law was enacted last spring that bans foreign donations")).toBe("event");
    expect(typeOf("The mayor first proposed the new bridge toll")).toBe("event");
  });
});

describe("markets outside the war", () => {
  test("vehicles or ships sold are trade, not arms", () => {
    expect(typeOf("Toyota sold 10.3 million vehicles worldwide in 2024", ["vehicles"])).toBe("economic");
    expect(typeOf("Russia lost 40 armoured vehicles near Avdiivka", ["vehicles"])).toBe("military");
  });

  test("structures a fire destroyed and migrants who crossed are humanitarian; turnout and seats are a vote's result", () => {
    expect(typeOf("The wildfire has destroyed 214 structures", ["structures"])).toBe("humanitarian");
    expect(typeOf("Some 2,300 migrants crossed the Channel in small boats last week", ["migrants"])).toBe("humanitarian");
    expect(typeOf("Turnout was 84.2%", ["percent"])).toBe("event");
  });

  test("a budget's own words of giving give nothing unless someone receives it", () => {
    expect(typeOf("The 2026 budget includes €40 billion in savings", ["EUR"])).toBe("economic");
    expect(typeOf("The defence budget includes $300 million for Ukraine", ["USD"])).toBe("aid");
  });

  test("rates cut or raised by a central bank are economic", () => {
    expect(typeOf("The Fed cut rates by a quarter point to a range of 4.25%-4.50%", ["share", "percent"])).toBe("economic");
    expect(typeOf("The bank raised its key rate by 50 basis points", [])).toBe("economic");
  });
});
