import { describe, expect, test } from "vitest";
import { type ExtractedClaim, extractClaims, textFaults } from "@/lib/extract";
import { articleDate, datedState, dayOutside, resolveDates } from "@/lib/extract/statement-dates";
import { buildStatement } from "@/lib/extract/statements";

function covering(claims: ExtractedClaim[], words: string): ExtractedClaim {
  const claim = claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim with ${JSON.stringify(words)} in ${JSON.stringify(claims.map((c) => c.text))}`);
  return claim;
}

describe("statements stand alone", () => {
  test.each([
    ["But", "But the railway bridge near Zatoka was destroyed by a missile on Tuesday."],
    ["However,", "However, 2,300 tonnes of sunflower oil were shipped from Izmail in March."],
    ["As reported,", "As reported, the first convoy of 40 lorries crossed the border at Rafah on Friday."],
    ["In addition,", "In addition, the shelling cut power to 30,000 households in Sumy."],
    ["Similarly,", "Similarly, the Pentagon sent 40 tanks to Poland in May."],
    ["Instead,", "Instead, Russia launched 90 drones at Kyiv on Sunday."],
    ["Nevertheless,", "Nevertheless, exports rose 12% in October."],
  ])("a leading connector (%s) leaves the statement and the quote", (connector, text) => {
    const [claim] = extractClaims(text);
    expect(claim).toBeDefined();
    expect(claim?.text.startsWith(connector)).toBe(false);
    expect(textFaults(claim?.text ?? "", "quote")).toEqual([]);
    expect(textFaults(claim?.statement ?? "", "statement")).toEqual([]);
    expect(claim?.statement).not.toMatch(/^\p{Ll}/u);
  });

  test("the reported clause after 'that' follows its source and 'said'", () => {
    const claims = extractClaims("The regional governor Vitaliy Kim said that three people were killed in a strike on Mykolaiv.");
    const claim = covering(claims, "three people were killed");
    expect(claim.text).toBe("three people were killed in a strike on Mykolaiv");
    expect(claim.statement).toBe("Vitaliy Kim said three people were killed in a strike on Mykolaiv");
  });

  test("'its forces' follows the name of the body that speaks", () => {
    const claim = covering(extractClaims("Moldova said its forces had detained 14 smugglers near the Transnistrian border."), "detained 14 smugglers");
    expect(claim.text.startsWith("its forces")).toBe(true);
    expect(claim.statement).toBe("Moldova said its forces had detained 14 smugglers near the Transnistrian border");
  });

  test("an opening 'he' is the person the article named before", () => {
    const text = "Finnish President Sauli Niinisto visited a factory in Tampere on Monday. He opened a production line for 5,000 artillery shells a month.";
    const claim = covering(extractClaims(text), "production line");
    expect(claim.statement.startsWith("Sauli Niinisto opened a production line")).toBe(true);
  });

  test("a participle of consequence keeps the fact that caused it", () => {
    const claim = covering(extractClaims("A drone hit a fuel depot in Bryansk overnight, killing two workers."), "killing two workers");
    expect(claim.text).toBe("killing two workers");
    expect(claim.statement).toBe("A drone hit a fuel depot in Bryansk overnight, killing two workers");
  });

  test("a second coordinated verb takes the subject of the first", () => {
    const claims = extractClaims("The artillery barrage killed two farmers and wounded 11 others near Huliaipole.");
    expect(covering(claims, "killed two farmers").text).toBe("The artillery barrage killed two farmers");
    const wounded = covering(claims, "wounded 11 others");
    expect(wounded.statement).toBe("The artillery barrage wounded 11 others near Huliaipole");
  });

  test.each([
    ["The striker was suspended for three matches and fined £20,000 by the FA.", "fined £20,000", "The striker was fined £20,000 by the FA"],
    ["The mayor has been arrested over $300,000 in bribes and charged with fraud on two counts.", "charged with fraud", "The mayor has been charged with fraud on two counts"],
    ["Three activists were beaten by police and detained for 15 days.", "detained for 15 days", "Three activists were detained for 15 days"],
  ])("a second participle shares the passive's auxiliary: %j", (text, words, statement) => {
    expect(covering(extractClaims(text, { scorer: () => 1 }), words).statement).toBe(statement);
  });

  test("a second verb that is no passive keeps the subject alone", () => {
    const claims = extractClaims("The plant was built in 1998 and employed 4,000 people in 2020.", { scorer: () => 1 });
    expect(covering(claims, "employed 4,000 people").statement).toBe("The plant employed 4,000 people in 2020");
  });

  test("a count that leaves out the noun and auxiliary of the count before says them again", () => {
    const claims = extractClaims("Nearly 900 schools were damaged and 120 destroyed, officials said.", { scorer: () => 1 });
    expect(covering(claims, "120 destroyed").statement).toBe("Officials said 120 schools were destroyed");
  });

  test("'others' after a count of things names the things; after people it reads as it is", () => {
    expect(covering(extractClaims("The storm sank 14 boats and damaged 60 others.", { scorer: () => 1 }), "60 others").statement).toBe("The storm damaged 60 other boats");
    expect(covering(extractClaims("The shelling killed four people and wounded 12 others.", { scorer: () => 1 }), "12 others").statement).toBe("The shelling wounded 12 others");
  });

  test("quotation marks, bullets and emoji never reach the statement, while the quote keeps the text as written", () => {
    const text = "• “Nine civilians were evacuated from Vovchansk 🙏 on Wednesday,” the police said.";
    const [claim] = extractClaims(text);
    expect(claim?.text).toBe(text.slice(claim?.start ?? 0, claim?.end ?? 0));
    expect(claim?.statement).toBe("The police said nine civilians were evacuated from Vovchansk on Wednesday");
  });

  test("after 'X said' a word that opens the clause only by position is lower-cased", () => {
    const claim = covering(extractClaims("During the night, shelling damaged 12 houses in Sumy, governor Oleh Petrenko said."), "12 houses");
    expect(claim.statement).toBe("Oleh Petrenko said during the night, shelling damaged 12 houses in Sumy");
  });

  test.each([
    ["The World Food Organization said it had delivered 4,000 tonnes of flour to Kharkiv.", "The World Food Organization said it had delivered"],
    ["U.S. Treasury said it had blacklisted 22 shipping firms.", "The U.S. Treasury said it had blacklisted"],
  ])("a body named by its kind takes 'the': %j", (text, opening) => {
    const [claim] = extractClaims(text);
    expect(claim?.statement.startsWith(opening)).toBe(true);
  });

  test("a transcript's speaker label and a dateline of places joined by slashes leave the statement", () => {
    const [labelled] = extractClaims("Transcript\n\nPETRENKO: We have repaired 40 bridges in the region since March 2024.");
    expect(labelled?.statement).toBe("We have repaired 40 bridges in the region since March 2024");
    const [filed] = extractClaims("RIGA/VILNIUS — At least 19 lorries were held at the border in July, the customs service said.");
    expect(filed?.statement).toBe("The customs service said at least 19 lorries were held at the border in July");
  });

  test.each([
    ["The singer has met the president several times and ", "was photographed with him at a gala in 2020", "The singer was photographed with him at a gala in 2020"],
    ["As part of his visit, Kowalski met cadets at the academy and ", "had the chance to tour two shipyards", "Kowalski had the chance to tour two shipyards"],
    ['A so-called "plebiscite" ', "was held on 16 March", "A so-called plebiscite was held on 16 March"],
    ["He was reckless enough to invade and ", "was condemned by the assembly", "Was condemned by the assembly"],
    ["The minister said the talks had ended and ", "were followed by a crackdown", "Were followed by a crackdown"],
    ["The vote – which sparked protests in 40 towns and ", "were followed by arrests", "Were followed by arrests"],
    // An appositive after the name, or one inside the predicate, does not hide the subject.
    ["Petrov, 48, is one of six deputy ministers, and ", "is under EU sanctions", "Petrov is under EU sanctions"],
    ["The country is bound by the statute, the treaty that governs the court, and ", "is obligated to arrest him", "The country is obligated to arrest him"],
    ["The ministry praised Latvia and Estonia, which joined in 2004 and ", "were placed under monitoring", "Were placed under monitoring"],
    // The sentence's verb may be a past form of any verb, after an adverb, an opening clause or an aside between dashes.
    ["The president framed the request in terms of defending Ukraine, and ", "did not repeat the declaration", "The president did not repeat the declaration"],
    ["The head of the Church first made the remarks in May and ", "has now repeated them", "The head of the Church has now repeated them"],
    ["Zelenskyy routinely pushed for a no-fly zone at the outset of the invasion, but ", "has since abandoned those calls", "Zelenskyy has since abandoned those calls"],
    ["After the Minsk-born player won her first major in January, Lukashenko congratulated Sabalenka on the triumph and ", "was seen toasting her success", "Lukashenko was seen toasting her success"],
    ["The famine - called the Holodomor by Ukrainians - killed millions of people and ", "was recognised as a genocide in Bulgaria", "The famine was recognised as a genocide in Bulgaria"],
    // A clause of its own after a semicolon, or a clause that is told as what someone described, keeps its own subject.
    ["The Russians mined the surroundings of the hospital, dug;A soldier came to me and ", "introduced himself as a colonel", "Introduced himself as a colonel"],
    ["The attack underlined how the fighters have made less progress militarily, however, and ", "have been blamed for abuses", "Have been blamed for abuses"],
  ])("a clause opening with an auxiliary takes the sentence's subject only when it is a plain name: %j", (before, body, statement) => {
    expect(buildStatement({ body, before, speaker: null, person: null, date: null })).toBe(statement);
  });

  test.each([
    ["The shortage of grains has worsened food insecurity on the continent and", "shot up food prices", "The shortage of grains shot up food prices"],
    ['the seizure of the region has been the goal of Putin "when he ignited a rebellion and', "launched his first invasion", "Launched his first invasion"],
    ["But again, the Kremlin gave only an anodyne readout and", "released a brief snippet of Putin's speech", "The Kremlin released a brief snippet of Putin's speech"],
    ["Meanwhile, the communist governments of the satellite countries were overthrown and", "granted independence", "The communist governments of the satellite countries granted independence"],
    ["Kyiv, Lviv and Odesa reported blackouts, and the grid operator said it had cut power and", "restored it by noon", "Restored it by noon"],
    // A long subject is taken whole when it is a noun phrase with its modifiers.
    ["A Russian missile strike on a hotel in the city of Kryvyi Rih killed four people and", "wounded 32 others", "A Russian missile strike on a hotel in the city of Kryvyi Rih wounded 32 others"],
    // An absolute phrase after ", with" reads with its clause, whatever its first word.
    ["Oil prices rose more than 2% on Tuesday, with", "Brent crude futures settling at $78.40 a barrel", "Oil prices rose more than 2% on Tuesday, with Brent crude futures settling at $78.40 a barrel"],
    ["Shelling went on overnight, with", "the capital enduring the heaviest barrage", "Shelling went on overnight, with the capital enduring the heaviest barrage"],
    // Two participles of one noun: "damaged" is no second verb of the sentence.
    ["In this context, the politician also mentioned a process of repairing weapons donated and", "damaged in combat", "Damaged in combat"],
  ])("a verb after 'and' takes the subject before the sentence's first verb, after an opening adverbial, unless a subordinate clause, a quotation or a clause of its own may be what it continues: %j", (before, body, statement) => {
    expect(buildStatement({ body, before, speaker: null, person: null, date: null })).toBe(statement);
  });

  test("the first of coordinated verbs takes the place and day the last one gives", () => {
    const claims = extractClaims("Russian shelling killed five people and wounded 18 others in Kherson on Tuesday, the regional administration said.");
    expect(covering(claims, "five people").statement).toBe("The regional administration said Russian shelling killed five people in Kherson on Tuesday");
    expect(covering(claims, "18 others").statement).toBe("The regional administration said Russian shelling wounded 18 others in Kherson on Tuesday");
    // A clause with a place of its own, or a phrase that is no place or day, lends nothing.
    const own = extractClaims("A drone attack killed two people in Sumy and wounded nine in Kharkiv, officials said.");
    expect(covering(own, "two people").statement).toBe("Officials said a drone attack killed two people in Sumy");
  });

  test("the items of a list that finish its lead-in ('The package will:') read with it", () => {
    const text = "The government announced a £500 million package for flooded towns.\n\nThe package will:\n- provide up to £5,000 for each flooded household\n- fund repairs to 1,200 kilometres of flood defences\n\nOfficials said 4,800 homes were flooded.";
    const claims = extractClaims(text);
    expect(covering(claims, "£5,000").statement).toBe("The package will provide up to £5,000 for each flooded household");
    expect(covering(claims, "1,200 kilometres").statement).toBe("The package will fund repairs to 1,200 kilometres of flood defences");
    expect(covering(claims, "4,800 homes").statement).toBe("Officials said 4,800 homes were flooded");
  });

  test("after 'X said', a capital that only opens the sentence is lowered; a name's is kept", () => {
    const text =
      "Search-and-rescue teams arrived from Ankara. Rescue teams pulled 14 people alive from the rubble, officials said. " +
      "Wagner forces took 40 villages, Russia's defence ministry said. The Wagner group denied it.";
    const claims = extractClaims(text);
    expect(covering(claims, "14 people").statement).toBe("Officials said rescue teams pulled 14 people alive from the rubble");
    expect(covering(claims, "40 villages").statement).toBe("Russia's defence ministry said Wagner forces took 40 villages");
  });

  test.each([
    ["Unemployment rose to 4.6% in March, according to Eurostat chief economist Maria Kovacs.", "4.6%", "Maria Kovacs said unemployment rose to 4.6% in March"],
    ["Markets fell 3% on Monday, analysts said.", "3%", "Analysts said markets fell 3% on Monday"],
    ["Tesla shares rose 4% in premarket trading, analysts said.", "4%", "Analysts said Tesla shares rose 4% in premarket trading"],
  ])("a capital the article writes only at a sentence's start is lowered if running text writes the word in lower case: %j", (text, words, statement) => {
    expect(covering(extractClaims(text, { scorer: () => 1 }), words).statement).toBe(statement);
  });

  test.each([
    ["Border guards also detained 14 smugglers near Reni.", "Border guards detained 14 smugglers near Reni"],
    ["The fund not only paid for 40 generators but also installed 12 of them.", "The fund not only paid for 40 generators but also installed 12 of them"],
    ["The storm, which also flooded 30 homes, cut power to 9,000 households.", "The storm, which also flooded 30 homes, cut power to 9,000 households"],
  ])("an 'also' that adds to an earlier fact leaves the statement: %j", (text, statement) => {
    const [claim] = extractClaims(text);
    expect(claim?.statement).toBe(statement);
  });

  test.each([
    ["Today, we have sent 40 generators to Kharkiv", "The minister said today, we have sent 40 generators to Kharkiv"],
    ["Half of the reserves worth $300 billion are frozen", "The minister said half of the reserves worth $300 billion are frozen"],
    ["Russia lost 300 tanks", "The minister said Russia lost 300 tanks"],
    ["Tomorrow marks the alliance's 75th anniversary", "The minister said tomorrow marks the alliance's 75th anniversary"],
    ["Another 40 generators arrived in Kharkiv", "The minister said another 40 generators arrived in Kharkiv"],
    ["It's the largest delivery of generators this year", "The minister said it's the largest delivery of generators this year"],
    ["There're 40 generators in Kharkiv", "The minister said there're 40 generators in Kharkiv"],
    ["Kyiv's grid lost 40% of its capacity", "The minister said Kyiv's grid lost 40% of its capacity"],
    ["Between 8,000 and 10,000 troops are in Kursk", "The minister said between 8,000 and 10,000 troops are in Kursk"],
    ["Roughly 40 generators arrived", "The minister said roughly 40 generators arrived"],
  ])("after 'X said' a common opening word is lower-cased and a name is not: %j", (body, statement) => {
    expect(buildStatement({ body, before: "", speaker: "minister", person: null, date: null })).toBe(statement);
  });

  test.each([
    ["One source", "One source said the arrest is related to the inquiry"],
    ["eleven officials", "Eleven officials said the arrest is related to the inquiry"],
    ["several sources", "Several sources said the arrest is related to the inquiry"],
    ["border guard", "The border guard said the arrest is related to the inquiry"],
  ])("a counted source takes no 'the': %s", (speaker, statement) => {
    expect(buildStatement({ body: "the arrest is related to the inquiry", before: "", speaker, person: null, date: null })).toBe(statement);
  });

  test.each([
    ["While Russia was achieving increasing gains in eastern Ukraine", "Russia was achieving increasing gains in eastern Ukraine"],
    ["Although Belgrade condemned Russian aggression against Ukraine at the United Nations", "Belgrade condemned Russian aggression against Ukraine at the United Nations"],
    ["Whereas Putin has moved much of Russia's economy onto a war footing", "Putin has moved much of Russia's economy onto a war footing"],
    ["While 69 percent of those over 65 support more aid, that drops to 54 percent among those aged 40 to 64", "While 69 percent of those over 65 support more aid, that drops to 54 percent among those aged 40 to 64"],
  ])("a fronted clause of contrast cut off from its main clause states its fact without 'While': %j", (body, statement) => {
    expect(buildStatement({ body, before: "", speaker: null, person: null, date: null })).toBe(statement);
  });

  test("a bracket the claim opens and never closes leaves its statement", () => {
    expect(buildStatement({ body: "(He also visited 40 children injured by Russian bombardments", before: "", speaker: null, person: "Pope Francis", date: null })).toBe("Pope Francis visited 40 children injured by Russian bombardments");
    expect(buildStatement({ body: "Kyiv (pop. 3 million) lost power for 12 hours", before: "", speaker: null, person: null, date: null })).toBe("Kyiv (pop. 3 million) lost power for 12 hours");
  });

  test.each([
    ["Tomorrow marks the alliance's 75th anniversary", "4 April 2024 marks the alliance's 75th anniversary"],
    ["Tomorrow we will meet Minister Kuleba in the NATO-Ukraine Council", "On 4 April 2024, we will meet Minister Kuleba in the NATO-Ukraine Council"],
    ["The talks resume tomorrow in Brussels", "The talks resume on 4 April 2024 in Brussels"],
    ["The ban on 40 ports applies as of tomorrow", "The ban on 40 ports applies as of 4 April 2024"],
    ["Today is the 100th day of the war", "3 April 2024 is the 100th day of the war"],
    ["Today Allies have agreed to plan a greater NATO role", "On 3 April 2024, Allies have agreed to plan a greater NATO role"],
    ["Today, we sent 40 generators to Kharkiv", "On 3 April 2024, we sent 40 generators to Kharkiv"],
  ])("'today' and 'tomorrow' are the article's day and the next, bare when they are the subject: %j", (body, statement) => {
    expect(buildStatement({ body, before: "", speaker: null, person: null, date: { year: 2024, month: 4, day: 3 } })).toBe(statement);
  });

  test.each([
    ["Britain will send 1,000 troops to the defence of Estonia,", "where Britain already has about 1,700 personnel deployed", "In Estonia, Britain already has about 1,700 personnel deployed"],
    ["Aid reached the Netherlands,", "where 300 refugees arrived on Monday", "In the Netherlands, 300 refugees arrived on Monday"],
    ["The drones hit the council building,", "where 40 people work", "Where 40 people work"],
  ])("'where' after a place stands for that place; after anything else it is left, not guessed: %j", (before, body, statement) => {
    expect(buildStatement({ body, before, speaker: null, person: null, date: null })).toBe(statement);
  });

  test("the items of a list share its predicate, not the first item's own words, and not a relative clause after the list", () => {
    const claims = extractClaims(
      "Britain will commit an extra 1,000 UK-based troops and one of its two new aircraft carriers to the defence of Estonia, where Britain already has about 1,700 personnel deployed.",
      { scorer: () => 1 },
    );
    expect(claims.map((c) => c.statement)).toEqual([
      "Britain will commit an extra 1,000 UK-based troops to the defence of Estonia",
      "Britain will commit one of its two new aircraft carriers to the defence of Estonia",
      "In Estonia, Britain already has about 1,700 personnel deployed",
    ]);
  });

  test("an all-capitals sentence reads in sentence case", () => {
    const [claim] = extractClaims("UKRAINIAN FORCES SHOT DOWN 31 DRONES OVER ODESA OVERNIGHT.");
    expect(claim?.statement.startsWith("Ukrainian forces shot down 31 drones")).toBe(true);
  });
});

describe("textFaults", () => {
  test.each([
    ["And 12 tanks were lost", "statement", ["connector"]],
    ["Instead of tanks, 40 trucks were sent", "statement", []],
    ["that 12 tanks were lost", "statement", ["connector", "lower case"]],
    ["ODESA (Reuters) — 12 tanks were lost", "statement", ["dateline"]],
    ["12 tanks were lost", "statement", []],
    ["twelve tanks were lost", "quote", []],
    ["twelve tanks were lost", "statement", ["lower case"]],
    ["That attack killed 12", "statement", []],
    ["As a result of shelling, 12 homes burned", "statement", []],
    ["While the talks went on, 12 homes burned", "statement", []],
    ["While the talks went on", "statement", ["connector"]],
    ["While the talks went on", "quote", []],
    ["Was held on March 16", "statement", ["no subject"]],
    ["was held on March 16", "quote", []],
    ["Washington has sent 12 tanks", "statement", []],
  ] as const)("%j as a %s", (text, kind, faults) => {
    expect(textFaults(text, kind)).toEqual(faults);
  });
});

describe("relative dates resolved to the article's date", () => {
  test.each([
    ["Thursday 5 June 2025 · Vilnius\n\nLithuania said it had delivered 40 armoured vehicles.", { year: 2025, month: 6, day: 5 }],
    ["VILNIUS, June 5, 2025 — Lithuania delivered 40 armoured vehicles.", { year: 2025, month: 6, day: 5 }],
    ["Shipyard reopens\nBy Ana Petrauskaite | 5 June 2025\n\nThe yard delivered 40 hulls.", { year: 2025, month: 6, day: 5 }],
    ["Last updated: 5 June 2025, 09:10 local time\n\nThe yard delivered 40 hulls.", { year: 2025, month: 6, day: 5 }],
    ["Riga, Hall of the Saeima, 12th sitting, Thursday 5 June 2025\n\nThe yard delivered 40 hulls.", { year: 2025, month: 6, day: 5 }],
    [`${"Menu\n".repeat(9)}Shipyard reopens\nPublished 5 June 2025, 14:32 | Updated 6 June 2025\n\nThe yard delivered 40 hulls.`, { year: 2025, month: 6, day: 5 }],
    [`${"Menu\n".repeat(9)}Shipyard news · 5 June 2025\n\nThe yard delivered 40 hulls.`, null],
    ["The yard, opened on 5 June 2025 by the minister, delivered 40 hulls.", null],
    ["The yard delivered its last hull on 5 June 2025.\nIt employs 900 welders.", null],
    ["On 5 June 2025, as rain fell on Riga, the yard delivered its last hull\nIt employs 900 welders.", null],
    ["Riga, 5 June 2025 /LETA/ — The yard delivered its last hull.", { year: 2025, month: 6, day: 5 }],
    ["A welder at the yard in Riga on June 5, 2025. (Jane Roe/Photo Agency)\n\nThe yard delivered 40 hulls.", null],
    ["The yard delivered 40 hulls on Tuesday.", null],
    ["OSLO, March 6 (Reuters) - The yard delivered 40 hulls on Thursday.\n\nIt had planned 50 for 2025 after 31 in 2019.", { year: 2025, month: 3, day: 6 }],
    ["OSLO, March 6 (Reuters) - The yard delivered 40 hulls.\n\nIt had planned 50 for 2025.", null],
    ["OSLO, March 6 (Reuters) - The yard delivered 40 hulls on Thursday.\n\nIt had planned 50 this year.", null],
    ["OSLO, March 6 (Reuters) - The yard delivered 40 hulls on Monday.\n\nIt had planned 50 for 2025.", null],
  ])("the date of %j", (text, date) => {
    expect(articleDate(text)).toEqual(date);
  });

  test("the day an import recorded is the date when the text gives none, and never overrides the text's own", () => {
    expect(articleDate("The yard delivered 40 hulls on Tuesday.", undefined, "2025-06-05")).toEqual({ year: 2025, month: 6, day: 5 });
    expect(articleDate("OSLO, March 6 (Reuters) - The yard delivered 40 hulls on Thursday.\n\nIt had planned 50 for 2025.", undefined, "2025-06-05")).toEqual({ year: 2025, month: 3, day: 6 });
    expect(articleDate("The yard delivered 40 hulls on Tuesday.", undefined, "5 June 2025")).toBeNull();
  });

  test("extractClaims resolves relative dates to the recorded publication day", () => {
    const text = "The port authority said the yard delivered 40 hulls to the navy on Tuesday.";
    const statementOf = (publishedOn?: string) => extractClaims(text, { publishedOn })[0]?.statement;
    expect(statementOf()).toContain("on Tuesday");
    expect(statementOf()).not.toContain("2025");
    expect(statementOf("2025-06-05")).toContain("on Tuesday 3 June 2025");
  });

  const thursday = { year: 2025, month: 6, day: 5 };
  test.each([
    ["Rescuers reached the village on Tuesday", "Rescuers reached the village on Tuesday 3 June 2025"],
    ["Rescuers reached the village on Thursday", "Rescuers reached the village on Thursday 5 June 2025"],
    ["Rescuers reached the village on Saturday, 31 May 2025", "Rescuers reached the village on Saturday, 31 May 2025"],
    ["Gunboats shelled the harbour overnight", "Gunboats shelled the harbour overnight into 5 June 2025"],
    ["The navy lost 3 boats over the past day", "The navy lost 3 boats in the 24 hours to 5 June 2025"],
    ["The port handled 2 million tonnes this year", "The port handled 2 million tonnes in 2025"],
    ["Exports fell in the first five months of this year", "Exports fell in the first five months of 2025"],
    ["Exports fell by 8% last month", "Exports fell by 8% in May 2025"],
    ["Prices rose 4% last week", "Prices rose 4% in the week before 5 June 2025"],
    ["Exports fell by 8% in March", "Exports fell by 8% in March 2025"],
    ["Crews fought 11 fires on Tuesday afternoon", "Crews fought 11 fires on the afternoon of Tuesday 3 June 2025"],
    ["200 evacuees spent Monday night in a school", "200 evacuees spent the night of Monday 2 June 2025 in a school"],
    ["The plant opened three years ago", "The plant opened in 2022"],
    ["The plant opened two months ago", "The plant opened in April 2025"],
    ["The plant opened 2 days ago", "The plant opened on 3 June 2025"],
    ["Exports fell by 8% in November", "Exports fell by 8% in November 2024"],
    ["Last December the port handled 2 million tonnes", "in December 2024 the port handled 2 million tonnes"],
    ["Tolls have risen since last December", "Tolls have risen since December 2024"],
    ["The ferry has run since Feb. 24", "The ferry has run since Feb. 24, 2025"],
    ["The ferry ran on 24 February 2022", "The ferry ran on 24 February 2022"],
    ["Talks may resume", "Talks may resume"],
    ["The ferry will resume in September", "The ferry will resume in September"],
    ["Exports fell 4% in the first five months of the year", "Exports fell 4% in the first five months of 2025"],
    ["Exports fell 4% in the first quarter of the year", "Exports fell 4% in the first quarter of 2025"],
    ["Exports fell 4% in the first ten months of the year", "Exports fell 4% in the first ten months of the year"],
    ["Exports fell 4% in the second half of the year", "Exports fell 4% in the second half of the year"],
    ["A hearing would be held in September", "A hearing would be held in September"],
    ["In November 59.8% of patients were seen within 18 weeks", "In November 2024, 59.8% of patients were seen within 18 weeks"],
    ["In March 12% of households were behind on their bills", "In March 2025, 12% of households were behind on their bills"],
    ["In March 1,200 homes lost power", "In March 2025, 1,200 homes lost power"],
    ["On March 12 the ferry carried 900 passengers", "On March 12, 2025 the ferry carried 900 passengers"],
    ["Admissions were 4,800 a day in the last week of May", "Admissions were 4,800 a day in the last week of May 2025"],
    ["Exports rose 3% in the last year", "Exports rose 3% in the last year"],
    ["Exports fell 3% in the last month", "Exports fell 3% in the last month"],
    ["The union will announce the result on Monday", "The union will announce the result on Monday 9 June 2025"],
    ["The board is due to approve the rise on Tuesday morning", "The board is due to approve the rise on the morning of Tuesday 10 June 2025"],
    ["The minister plans to visit the port on Thursday", "The minister plans to visit the port on Thursday 5 June 2025"],
    ["Ministers will meet next Thursday", "Ministers will meet next Thursday 12 June 2025"],
    ["The union said on Monday it will publish the result", "The union said on Monday 2 June 2025 it will publish the result"],
    ["Talks will resume after they collapsed on Monday", "Talks will resume after they collapsed on Monday 2 June 2025"],
    ["The next round was held on Monday", "The next round was held on Monday 2 June 2025"],
  ])("%j", (text, resolved) => {
    expect(resolveDates(text, thursday)).toBe(resolved);
    expect(resolveDates(text, null)).toBe(text);
  });

  test.each([
    ["Today the yard employs 900 welders", "on 5 June 2025, the yard employs 900 welders"],
    ["The yard has been closed since today", "The yard has been closed since 5 June 2025"],
  ])("%j", (text, resolved) => {
    expect(resolveDates(text, thursday)).toBe(resolved);
  });

  test.each([
    ["The navy has lost 12 patrol boats", "The navy has lost 12 patrol boats, as of 5 June 2025"],
    ["Two bridges remain closed to lorries", "Two bridges remain closed to lorries, as of 5 June 2025"],
    ["The navy lost 12 patrol boats", "The navy lost 12 patrol boats"],
    ["The navy had lost 12 patrol boats, which is a third of its fleet", "The navy had lost 12 patrol boats, which is a third of its fleet"],
    ["The navy has lost 12 patrol boats since March 2024", "The navy has lost 12 patrol boats since March 2024, as of 5 June 2025"],
    ["Since the start of the war, 900 homes have been rebuilt", "Since the start of the war, 900 homes have been rebuilt, as of 5 June 2025"],
    ["The rebel army now holds 12 ports", "The rebel army now holds 12 ports, as of 5 June 2025"],
    ["The rebel army had now lost 12 ports", "The rebel army had now lost 12 ports"],
    ["The rebel army now holds 12 ports, which it took in 2019", "The rebel army now holds 12 ports, which it took in 2019, as of 5 June 2025"],
    ["The navy has lost 12 patrol boats in March 2024", "The navy has lost 12 patrol boats in March 2024"],
    ["The yard is expected to deliver 12 hulls", "The yard is expected to deliver 12 hulls"],
    ["The grant allowed 300 families to remain in their homes", "The grant allowed 300 families to remain in their homes"],
  ])("a statement of how things stand is dated: %j", (text, dated) => {
    expect(datedState(text, thursday)).toBe(dated);
    expect(datedState(text, null)).toBe(text);
  });

  test.each([
    ["On 2 June, the ferry carried 900 passengers", "the ferry carried 900 passengers", null, "On 2 June 2025 the ferry carried 900 passengers"],
    ["The port authority said on Tuesday that 900 trucks crossed the bridge", "900 trucks crossed the bridge", "port authority", "The port authority said on Tuesday 3 June 2025 that 900 trucks crossed the bridge"],
    ["Rescuers found 12 survivors after the quake on Sunday", "Rescuers found 12 survivors", null, "Rescuers found 12 survivors"],
    ["Rescuers found 12 survivors after the quake on Sunday, the mayor said", "Rescuers found 12 survivors", "mayor", "The mayor said Rescuers found 12 survivors"],
    ["On Monday, the mayor said on Tuesday that 12 survivors were found", "12 survivors were found", "mayor", "The mayor said 12 survivors were found"],
    ["On 2 June, the ferry carried 900 passengers on 3 June", "the ferry carried 900 passengers on 3 June", null, "The ferry carried 900 passengers on 3 June 2025"],
  ])("the day of %j outside its clause", (sentence, body, speaker, statement) => {
    expect(buildStatement({ body, before: "", speaker, person: null, date: thursday, sentence: { text: sentence, span: { start: 0, end: sentence.length } } })).toBe(statement);
  });

  test("a day outside the clause stays as written without the article's date", () => {
    const sentence = "On Tuesday, the ferry carried 900 passengers";
    expect(dayOutside(sentence, { start: 0, end: sentence.length }, "the ferry carried 900 passengers", false)).toBe("on Tuesday");
    expect(buildStatement({ body: "the ferry carried 900 passengers", before: "", speaker: null, person: null, date: null, sentence: { text: sentence, span: { start: 0, end: sentence.length } } })).toBe("On Tuesday the ferry carried 900 passengers");
  });

  test("a claim's statement carries the date its article gives", () => {
    const text = "Thursday 5 June 2025 · Vilnius\n\nLithuanian border guards detained 14 smugglers near Druskininkai on Tuesday.";
    const claim = covering(extractClaims(text), "detained 14 smugglers");
    expect(claim.text).toContain("on Tuesday");
    expect(claim.statement).toBe("Lithuanian border guards detained 14 smugglers near Druskininkai on Tuesday 3 June 2025");
  });
});
