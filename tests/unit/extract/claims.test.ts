import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { CLAIM_TYPES, type ExtractedClaim, extractClaims } from "@/lib/extract";

const seeds = path.resolve(import.meta.dirname, "../../../../shared/seeds");
const nato2023 = readFileSync(path.join(seeds, "2023-11-29-nato-foreign-ministers.txt"), "utf8");
const nato2024 = readFileSync(path.join(seeds, "2024-04-03-nato-security-assistance.txt"), "utf8");

function find(claims: ExtractedClaim[], quote: string): ExtractedClaim {
  const claim = claims.find((c) => c.text === quote);
  if (!claim) throw new Error(`no claim ${JSON.stringify(quote)} in ${JSON.stringify(claims.map((c) => c.text))}`);
  return claim;
}

describe("seed: NATO foreign ministers, 2023-11-29", () => {
  const claims = extractClaims(nato2023);

  test("a list of quantities becomes three atomic claims", () => {
    const people = find(claims, "Russia had lost more than 300,000 people");
    expect(people.type).toBe("casualties");
    expect(people.speaker).toBe("Jens Stoltenberg");
    expect(people.figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual([[300_000, "people", "more_than"]]);

    const aircraft = find(claims, "hundreds of aircraft");
    expect(aircraft.type).toBe("military");
    expect(aircraft.statement).toBe("Jens Stoltenberg said Russia had lost hundreds of aircraft in the attack on Ukraine");
    expect(aircraft.figures[0]?.value).toBeNull();

    const tanks = find(claims, "thousands of tanks");
    expect(tanks.type).toBe("military");
    expect(tanks.speaker).toBe("Jens Stoltenberg");
    expect(tanks.statement).toBe("Jens Stoltenberg said Russia had lost thousands of tanks in the attack on Ukraine");
  });

  test("rhetoric, pledges and opinions are left out", () => {
    const texts = claims.map((c) => c.text).join("\n");
    expect(texts).not.toContain("We remain steadfast in our commitment to Ukraine");
    expect(texts).not.toContain("Ukraine will one day sit at this table");
    expect(texts).not.toContain("futile task");
    expect(texts).not.toContain("strategic mistake");
    expect(texts).not.toContain("caused huge damage");
  });

  test("every claim is anchored, typed and scored", () => {
    for (const c of claims) {
      expect(nato2023.slice(c.start, c.end)).toBe(c.text);
      expect(CLAIM_TYPES).toContain(c.type);
      expect(c.score).toBeGreaterThanOrEqual(0);
      expect(c.score).toBeLessThanOrEqual(1);
      for (const f of c.figures) expect(nato2023.slice(f.start, f.end)).toBe(f.text);
    }
    const starts = claims.map((c) => c.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });
});

describe("seed: NATO security assistance, 2024-04-03", () => {
  const claims = extractClaims(nato2024);

  test("a share of territory, attributed through 'In his words'", () => {
    const c = find(claims, "Ukraine has recaptured half of the territory that Russia initially seized");
    expect(c.type).toBe("territory");
    expect(c.speaker).toBe("Jens Stoltenberg");
    expect(c.figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual([[0.5, "share", "exact"]]);
  });

  test("'according to the general secretary' resolves to the person", () => {
    const c = find(claims, "Russia is receiving support for its war of aggression from China, North Korea and Iran");
    expect(c.speaker).toBe("Jens Stoltenberg");
  });

  test("a list of names without figures stays one claim", () => {
    expect(claims.filter((c) => c.text.includes("North Korea"))).toHaveLength(1);
  });

  test("a quote is attributed by the sentence that closes it", () => {
    const c = find(claims, "Today Allies have agreed to move forward with planning for a greater NATO role in coordinating security assistance and training");
    expect(c.speaker).toBe("Jens Stoltenberg");
    expect(c.type).toBe("event");
    expect(c.statement).toBe("Jens Stoltenberg said on 3 April 2024, Allies have agreed to move forward with planning for a greater NATO role in coordinating security assistance and training");
  });

  test("a lead that the next sentence attributes ('Jens Stoltenberg stated this') names him in its statement too", () => {
    const c = find(claims, "NATO foreign ministers have supported the proposal to strengthen the Alliance's role in providing security assistance to Ukraine");
    expect(c.speaker).toBe("Jens Stoltenberg");
    expect(c.statement.startsWith("Jens Stoltenberg said NATO foreign ministers have supported the proposal")).toBe(true);
  });

  test("'tomorrow' is the day after the article's", () => {
    const c = find(claims, "Tomorrow marks NATO's 75th anniversary... the bond between Europe and North America has never been more important");
    expect(c.statement).toBe("Jens Stoltenberg said 4 April 2024 marks NATO's 75th anniversary... the bond between Europe and North America has never been more important");
  });

  test("a headline without a full stop is not a claim", () => {
    expect(claims.some((c) => c.text.includes("ministers to consider transition"))).toBe(false);
  });
});

describe("speakers", () => {
  test("a surname resolves to the fullest name in the article", () => {
    const text = "Ukrainian Foreign Minister Dmytro Kuleba arrived in Brussels. Ukraine has retaken 50 villages since June, Kuleba said.";
    expect(find(extractClaims(text), "Ukraine has retaken 50 villages since June").speaker).toBe("Dmytro Kuleba");
  });

  test("'he said' resolves to the antecedent", () => {
    const text = "Talks were attended by Defence Minister Oleksii Reznikov.\n\nHe said Russia had fired 40 missiles at Kyiv overnight.";
    expect(find(extractClaims(text), "Russia had fired 40 missiles at Kyiv overnight").speaker).toBe("Oleksii Reznikov");
  });

  test("a role resolves through the title seen earlier", () => {
    const text = "NATO Secretary General Jens Stoltenberg met ministers.\n\nThe Secretary-General said Russia had lost 2,000 tanks.";
    expect(extractClaims(text).find((c) => c.text.includes("2,000"))?.speaker).toBe("Jens Stoltenberg");
  });

  test("'according to' an organisation keeps the name as written", () => {
    const [c] = extractClaims("According to the UN, more than 8 million refugees have left Ukraine.");
    expect(c?.speaker).toBe("UN");
    expect(c?.type).toBe("humanitarian");
  });

  test("the article's own voice has no speaker", () => {
    const claims = extractClaims("Russian forces shelled Kharkiv on Monday, killing 12 civilians.");
    expect(claims.map((c) => [c.text, c.type, c.speaker])).toEqual([
      ["Russian forces shelled Kharkiv on Monday", "military", null],
      ["killing 12 civilians", "casualties", null],
    ]);
  });

  test("what a speaker did before 'and said' is a claim in the article's voice, beside what they said", () => {
    const claims = extractClaims("Russia launched 40 drones at Ukraine overnight, and said it had hit energy targets in Odesa.");
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([
      ["Russia launched 40 drones at Ukraine overnight", null],
      ["it had hit energy targets in Odesa", "Russia"],
    ]);
    const lead = 'FRANKFURT, March 6 (Reuters) - The European Central Bank cut its deposit rate by 25 basis points to 2.5% on Thursday, its sixth cut since June, and said policy was becoming "meaningfully less restrictive".';
    expect(extractClaims(lead).map((c) => c.text)).toEqual(["The European Central Bank cut its deposit rate by 25 basis points to 2.5% on Thursday, its sixth cut since June"]);
  });

  test("'said at least 17 ...' reports a count, not where or when it was said", () => {
    const claims = extractClaims("Gaza's civil defence agency said at least 17 people were killed, including five children.");
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([
      ["at least 17 people were killed", "Gaza's civil defence agency"],
      ["including five children", "Gaza's civil defence agency"],
    ]);
  });

  test("a verb that takes an object reports speech when a clause follows it without 'that'", () => {
    expect(extractClaims("Moscow claimed its forces had taken full control of Avdiivka.").map((c) => [c.text, c.speaker])).toEqual([["its forces had taken full control of Avdiivka", "Moscow"]]);
    expect(extractClaims("The quake claimed 14,000 lives in Turkey.").map((c) => [c.text, c.speaker])).toEqual([["The quake claimed 14,000 lives in Turkey", null]]);
  });

  test("a relative clause inside the subject does not part the subject from its verb", () => {
    expect(extractClaims("The strike, which hit a residential building, killed 9 people, the regional governor said.").map((c) => c.text)).toEqual(["The strike, which hit a residential building, killed 9 people"]);
  });

  test("a fronted adverbial before the speaker is no claim of its own", () => {
    const claims = extractClaims("In the days before the war began, Western intelligence estimated Russia had positioned as many as 190,000 troops near the border.");
    expect(claims.map((c) => c.text)).toEqual(["Russia had positioned as many as 190,000 troops near the border"]);
  });

  test("a quotation the claim opens keeps its closing mark", () => {
    expect(extractClaims("Officials called the 40 strikes “the heaviest of the war”.").map((c) => c.text)).toEqual(["Officials called the 40 strikes “the heaviest of the war”"]);
  });

  test("a closing attribution followed by an appositive: the appositive is the speaker's, read with the clause before the speaker", () => {
    const claims = extractClaims("Inflation fell to 2.3% in April, the Office for National Statistics said on Wednesday, the lowest rate since July 2021.", { scorer: () => 1 });
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([
      ["Inflation fell to 2.3% in April", "Office for National Statistics"],
      ["the lowest rate since July 2021", "Office for National Statistics"],
    ]);
    expect(claims[1]?.statement).toMatch(/^The Office for National Statistics said .*inflation fell to 2\.3% in April, the lowest rate since July 2021$/i);
    const rise = extractClaims("Exports rose 12% in March, the customs service said, up from 8% in February.", { scorer: () => 1 });
    expect(rise.map((c) => c.text)).toEqual(["Exports rose 12% in March", "up from 8% in February"]);
    expect(rise[1]?.statement).toMatch(/Exports rose 12% in March, up from 8% in February$/i);
  });

  test("a contrasting clause with a source of its own is that source's: '..., while organisers said ...'", () => {
    const counts = extractClaims("Police said 12 people were arrested, while organisers said 5,000 people took part.", { scorer: () => 1 });
    expect(counts.map((c) => c.text)).toEqual(["12 people were arrested", "5,000 people took part"]);
    expect(counts[1]?.statement).not.toMatch(/police/i);
    const estimates = extractClaims("Around 60,000 protesters marched in Paris, according to the interior ministry, while the CGT union put the figure at 250,000.", { scorer: () => 1 });
    expect(estimates.map((c) => [c.text, c.speaker, c.statement])).toEqual([
      ["Around 60,000 protesters marched in Paris", "interior ministry", "The interior ministry said around 60,000 protesters marched in Paris"],
      ["the CGT union put the figure at 250,000", "CGT union", "The CGT union put the figure at 250,000"],
    ]);
    const same = extractClaims("Nominal wages rose 7.3% in the second quarter, according to the statistics office, while unemployment stood at 2.7% in September.", { scorer: () => 1 });
    expect(same.map((c) => [c.text, c.speaker])).toEqual([
      ["Nominal wages rose 7.3% in the second quarter", "statistics office"],
      ["unemployment stood at 2.7% in September", "statistics office"],
    ]);
  });

  test("a source inside the content is named once, before the claim, and not again inside it", () => {
    const [petrol] = extractClaims("Petrol prices averaged 149.6p a litre, according to the ONS, against 152.7p a year ago.", { scorer: () => 1 });
    expect(petrol?.statement).toBe("ONS said Petrol prices averaged 149.6p a litre, against 152.7p a year ago");
    const [losses] = extractClaims("Russia has lost, according to the General Staff, 300,000 soldiers since the start of the invasion.", { scorer: () => 1 });
    expect(losses?.statement).toBe("The General Staff said Russia has lost 300,000 soldiers since the start of the invasion");
    const [growth] = extractClaims("Investment grew 4% alongside strong exports of oil, according to Petya Koeva Brooks, deputy director at the IMF.", { scorer: () => 1 });
    expect(growth?.text).toBe("Investment grew 4% alongside strong exports of oil");
  });

  test("a relative clause describing the speaker is a claim of its own, read as a sentence, whatever figure it holds", () => {
    const claims = extractClaims("The company, which has 4,000 employees, said it would close two plants.", { scorer: () => 1 });
    expect(claims.map((c) => [c.text, c.statement, c.speaker])).toContainEqual(["The company, which has 4,000 employees", "The company has 4,000 employees", null]);
    const [place] = extractClaims("The prime minister of Estonia, which was formerly Soviet-ruled, said 40 tanks had arrived.", { scorer: () => 1 });
    expect(place?.statement).toBe("Estonia was formerly Soviet-ruled");
  });

  test("words after a closing attribution that are no appositive stay the article's, not the speaker's", () => {
    const claims = extractClaims("Czech President Petr Pavel visited Kyiv, Czech Prime Minister Petr Fiala said on Wednesday, weeks after he promised that 800,000 shells would arrive.", { scorer: () => 1 });
    expect(claims.map((c) => c.text)).toEqual(["Czech President Petr Pavel visited Kyiv"]);
  });

  test("two place names sharing a plural noun are one phrase, not two clauses", () => {
    const claims = extractClaims("Ali Yerlikaya said 318 buildings had collapsed in Malatya and Adıyaman provinces and some 4,500 rescuers had been deployed.");
    expect(claims.map((c) => c.text)).toEqual(["318 buildings had collapsed in Malatya and Adıyaman provinces", "some 4,500 rescuers had been deployed"]);
  });
});

describe("claims that are not claims", () => {
  test.each([
    "We remain steadfast in our commitment to Ukraine.",
    "Ukraine will one day sit at this table as a full member of our alliance.",
    "Every day of delay is paid for in lives.",
    "Will Russia send more troops to the border?",
    "NATO will continue to support Ukraine for as long as it takes.",
    "I think this is the strongest army in Europe.",
    "Join us on Telegram",
    "Every missile that gets through is a failure of our collective will.",
  ])("%s", (text) => {
    expect(extractClaims(text)).toEqual([]);
  });

  test.each([
    ["Every one of the 24 drones launched overnight was shot down.", "24 drones"],
    ["Each of the Kharkiv region's hospitals lost power on Monday.", "hospitals lost power"],
  ])("a statement about every member of a class stays a claim when a figure or a name pins it down: %s", (text, words) => {
    expect(extractClaims(text).some((c) => c.text.includes(words))).toBe(true);
  });
});

describe("atomic claims", () => {
  test("each item of a list of quantities gets a self-contained statement", () => {
    const claims = extractClaims("The UK will send a package that includes 400 vehicles. Russia has lost nearly 24,000 soldiers, more than 1,000 tanks and around 500 artillery systems, the ministry said.");
    const listed = claims.filter((c) => c.text.includes("24,000") || c.text.includes("1,000") || c.text.includes("500"));
    expect(listed.map((c) => c.statement)).toEqual([
      "The ministry said Russia has lost nearly 24,000 soldiers",
      "The ministry said Russia has lost more than 1,000 tanks",
      "The ministry said Russia has lost around 500 artillery systems",
    ]);
    expect(listed.map((c) => c.type)).toEqual(["casualties", "military", "military"]);
    // "the ministry" names no one the article identifies: a bare common noun is no speaker.
    expect(listed.every((c) => c.speaker === null)).toBe(true);
  });
});

describe("appositives and brackets stay within the claim they describe", () => {
  const texts = (text: string) => extractClaims(text, { scorer: () => 1 }).map((c) => c.text);

  test("a share of a whole right after a count restates it: one claim", () => {
    expect(texts("The ministry said it had evacuated 3,200 residents, about 15% of the town's population.")).toEqual(["it had evacuated 3,200 residents, about 15% of the town's population"]);
  });

  test("a breakdown in brackets is no list, and its verb is none of the clause's", () => {
    expect(texts("As of 5 May, 22 cases (18 confirmed and 4 probable), including six deaths, have been reported.")).toEqual([
      "As of 5 May, 22 cases (18 confirmed and 4 probable), including six deaths, have been reported",
    ]);
  });

  test("a participle after a hyphen is an adjective of the subject, not a verb before an appositive", () => {
    expect(texts("The Panama-flagged Sea Star, carrying 40,000 tonnes of wheat, was hit by a drone near Odesa.")).toEqual([
      "The Panama-flagged Sea Star, carrying 40,000 tonnes of wheat, was hit by a drone near Odesa",
    ]);
  });

  test("a number hyphened to its noun ('the 150-seat parliament') is no item of a list", () => {
    expect(texts("The party took 23.1% and 31 seats in the 150-seat parliament.")).toEqual(["The party took 23.1%", "31 seats"]);
  });

  test("an item of a gapped list with no verb to borrow reads with the list's predicate", () => {
    const claims = extractClaims("Germany hosted the largest number, 1.1 million, followed by Poland with 950,000 and Czechia with 380,000.", { scorer: () => 1 });
    expect(claims.map((c) => c.statement).at(-1)).toBe("Germany hosted the largest number, 1.1 million, followed by Czechia with 380,000");
  });

  test("the relative clause describing a speaker is the predicate of its statement", () => {
    const claims = extractClaims("Ms. Kovacs, who took office in 2019, said the agency had hired 400 inspectors.", { scorer: () => 1 });
    expect(claims.map((c) => c.statement)).toEqual(["Ms. Kovacs took office in 2019", "Ms. Kovacs said the agency had hired 400 inspectors"]);
  });
});

describe("the figures of a claim stay with their clause", () => {
  const scorer = () => 1;
  const covering = (text: string, words: string) => {
    const claim = extractClaims(text, { scorer }).find((c) => c.text.includes(words));
    if (!claim) throw new Error(`no claim with ${words}`);
    return claim;
  };
  test("a figure before a list belongs to the first item's claim, whose span opens at the clause", () => {
    const text = "Kyiv said on Monday that the invaders had lost 12,300 soldiers killed along with the destruction of 410 tanks, 800 armoured vehicles and 95 artillery systems.";
    const claims = extractClaims(text, { scorer });
    const first = covering(text, "12,300");
    expect(first.figures.map((f) => f.value)).toEqual([12300, 410]);
    expect(claims.find((c) => c.text === "800 armoured vehicles")?.figures.map((f) => f.value)).toEqual([800]);
  });
  test("'80% and 90% respectively': the 'and' joins two figures of one fact", () => {
    const c = covering("Egypt and Somalia, which get around 80% and 90% respectively of their wheat from Russia and Ukraine and have seen huge price increases.", "80%");
    expect(c.figures.map((f) => f.value)).toEqual([80, 90]);
  });
  test("', with' before an adjective in -ing ('ongoing') does not cut the clause with the figure", () => {
    const c = covering("That rose to over 110 million people in May, with Russia’s ongoing invasion and the war in Sudan being the biggest drivers.", "110 million");
    expect(c.text).toContain("ongoing invasion");
  });
  test("a speech verb inside a relative clause leaves the sentence to the article", () => {
    const c = covering("The UK’s £500m additional funding, which officials said would come from Treasury reserves, will be used to deliver ammunition.", "£500m");
    expect(c.speaker).toBeNull();
    expect(c.figures.map((f) => f.value)).toEqual([500000000]);
  });
  test("a parenthetical 'according to X' between dashes keeps both halves of the sentence", () => {
    const c = covering("The number of Russian victims since the start - according to the Sunday report - reached 473,400.", "victims");
    expect(c.text).toContain("reached 473,400");
  });
  test("', and' closing a list of nouns is not a clause break", () => {
    const c = covering("$1 billion in artillery, air defenses, and other hardware would soon be heading to Ukrainian front lines.", "hardware");
    expect(c.figures.map((f) => f.value)).toEqual([1000000000]);
  });
});

test("'31 of 38 drones and 12 of 16 missiles': each item of the list keeps its part and its whole", () => {
  const claims = extractClaims("The air force said it shot down 31 of 38 drones and 12 of 16 cruise missiles launched overnight.", { scorer: () => 1 });
  expect(claims.map((c) => c.figures.map((f) => [f.value, f.unit]))).toEqual([
    [[31, "drones"], [38, "drones"]],
    [[12, "missiles"], [16, "missiles"]],
  ]);
});

test("'one of its two new aircraft carriers': a part counted of a whole behind a possessive is one item with both figures", () => {
  const claims = extractClaims("Britain will commit an extra 1,000 UK-based troops and one of its two new aircraft carriers to the defence of Estonia.", { scorer: () => 1 });
  expect(claims.map((c) => [c.text, c.figures.map((f) => [f.value, f.unit])])).toEqual([
    ["Britain will commit an extra 1,000 UK-based troops", [[1000, "troops"]]],
    ["one of its two new aircraft carriers", [[1, "aircraft carriers"], [2, "aircraft carriers"]]],
  ]);
});

test.each([
  ["Russia moved 40 tanks to the border; the north-eastern Kharkiv region.", ["Russia moved 40 tanks to the border"]],
  ["Russia moved 40 tanks to the border; electronic warfare.", ["Russia moved 40 tanks to the border"]],
  ["Gas pipeline. Russia closed it in May.", ["Russia closed it in May"]],
  ["Three attempts failed. Kyiv fell silent.", ["Three attempts failed", "Kyiv fell silent"]],
])("a few words with no verb and no figure are no claim, however high their score: %j", (text, quotes) => {
  expect(extractClaims(text, { scorer: () => 1 }).map((c) => c.text)).toEqual(quotes);
});

describe("figures a claim carries beside the quantity parser's: tallies, ages, durations as adjectives", () => {
  const figuresOf = (text: string) => extractClaims(text, { scorer: () => 1 }).map((c) => c.figures.map((f) => [f.value, f.unit]));

  test("a vote tally counts votes; a score beside no vote counts nothing named", () => {
    expect(figuresOf("The parliament approved the defence budget 301-98 on Friday.")).toEqual([[[301, "votes"], [98, "votes"]]]);
    expect(figuresOf("The motion was carried by 212 to 40 after a long debate.")).toEqual([[[212, "votes"], [40, "votes"]]]);
    expect(figuresOf("The national team beat Poland 3-1 in the final.")).toEqual([[[3, null], [1, null]]]);
  });

  test("a range, a span of years and a model name are no tally", () => {
    expect(figuresOf("Analysts expect 10-20 new plants to open in 2019-20.")).toEqual([[[null, "plants"]]]);
    expect(figuresOf("The air force received 12 Su-25 jets last month.")).toEqual([[[12, "jets"]]]);
  });

  test("an age told of the person is a figure; an age describing a noun is not", () => {
    expect(figuresOf("The 58-year-old was arrested at the border on Monday.")).toEqual([[[58, "years"]]]);
    expect(figuresOf("The mayor of the town was 49 years old.")).toEqual([[[49, "years"]]]);
    expect(figuresOf("He joined the army at the age of 19.")).toEqual([[[19, "years"]]]);
    expect(figuresOf("A 40-year-old man was injured in the blast on Monday.")).toEqual([[]]);
  });

  test("a duration written as an adjective is a figure, unless it dates a record, frames a window or sets a gathering's scene", () => {
    expect(figuresOf("The court handed him a three-year sentence for fraud.")).toEqual([[[3, "years"]]]);
    expect(figuresOf("The country signed a 25-year lease for the port.")).toEqual([[[25, "years"]]]);
    expect(figuresOf("Gas prices hit a 12-year high in March.")).toEqual([[]]);
    expect(figuresOf("Shelling killed 9 people in a 24-hour period.")).toEqual([[[9, "people"]]]);
    expect(figuresOf("The ministers ended a two-day summit by approving 500 million euros for Kyiv.")).toEqual([[[500e6, "EUR"]]]);
  });

  test("a maturity names a kind of debt and is no figure; a sentence for a fraud keeps its length", () => {
    expect(figuresOf("The yield on 10-year French government bonds fell 6 basis points to 3.31% on Friday.")).toEqual([[[6, "basis_points"], [3.31, "percent"]]]);
    expect(figuresOf("The court handed him a 10-year sentence for treasury fraud.")).toEqual([[[10, "years"]]]);
  });
});
