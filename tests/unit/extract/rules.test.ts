import { describe, expect, test } from "vitest";
import { type ExtractedClaim, extractClaims, extractFigures } from "@/lib/extract";

/** Real sentences from the news corpus and the seeds, one behaviour each. */
function claimsOf(text: string): ExtractedClaim[] {
  return extractClaims(text);
}

function covering(claims: ExtractedClaim[], words: string): ExtractedClaim {
  const claim = claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim with ${JSON.stringify(words)} in ${JSON.stringify(claims.map((c) => c.text))}`);
  return claim;
}

describe("speakers", () => {
  test("a source named after a dash: '... - explains Dr. X'", () => {
    const claims = claimsOf("The center in Mariupol was completely destroyed, and in Kramatorsk - evacuated - explains Dr. Ivan Cichanok.");
    expect(covering(claims, "completely destroyed").speaker).toBe("Ivan Cichanok");
  });

  test("'announced' names a speaker when followed by 'that'", () => {
    const claims = claimsOf("The Pentagon announced Monday that the US has sent anti-radar missiles for Ukrainian aircraft to target Russian radar systems.");
    const claim = covering(claims, "the US has sent anti-radar missiles");
    expect(claim.speaker).toBe("Pentagon");
    expect(claim.text.startsWith("the US has sent")).toBe(true);
    expect(claim.type).toBe("aid");
  });

  test("'announced' after the content, inverted", () => {
    const claims = claimsOf('More than a quarter of troops that Russia sent to fight in Ukraine are now believed to be "combat ineffective," the United Kingdom announced Monday.');
    expect(covering(claims, "More than a quarter").speaker).toBe("United Kingdom");
  });

  test("a quote closed by doubled single marks ’’ is attributed", () => {
    const text =
      "“This year, the increase has been driven mainly by the situation in Sudan, where the conflict since April has produced almost half a million refugees,’’ said Matthew Saltmarsh.";
    expect(covering(claimsOf(text), "half a million refugees").speaker).toBe("Matthew Saltmarsh");
  });

  test("the subject opening the sentence, whatever its nouns: 'The head of Ukraine railways says'", () => {
    const claims = claimsOf("The head of Ukraine railways says five stations in the centre and west of the country came under fire in the space of an hour.");
    const claim = covering(claims, "five stations");
    expect(claim.speaker).toBe("head of Ukraine railways");
    expect(claim.text.startsWith("five stations")).toBe(true);
  });

  test("a role in apposition after an inverted verb resolves to the name: 'said the mayor, Ihor Terekhov'", () => {
    const claims = claimsOf("Russian missiles attacked a residential district of Kharkiv early on Wednesday, said the mayor, Ihor Terekhov.");
    expect(covering(claims, "Russian missiles attacked").speaker).toBe("Ihor Terekhov");
  });

  test("'the U.S. President noted' resolves through the title to the person", () => {
    const text =
      "U.S. President Joe Biden spoke with President Zelensky on Wednesday.\n\n“Today, I am also announcing an additional $225 million in humanitarian assistance to help people inside Ukraine,” the U.S. President noted.";
    const claim = covering(claimsOf(text), "$225 million");
    expect(claim.speaker).toBe("Joe Biden");
    expect(claim.type).toBe("aid");
  });

  test("a parenthetical source covers the content on both sides", () => {
    const claims = claimsOf("Just 17 heads of African states are attending this year, the Kremlin has confirmed, less than half of the 43 heads of state that attended the 2019 conference.");
    const first = covering(claims, "Just 17 heads");
    expect(first.speaker).toBe("Kremlin");
    expect(first.text).toBe("Just 17 heads of African states are attending this year");
    expect(covering(claims, "less than half").speaker).toBe("Kremlin");
  });

  test("', adding' carries a second statement of the same speaker", () => {
    const text =
      "Ukraine’s nuclear operator Energoatom reported a cyberattack. “On August 16, 2022, the most powerful cyberattack since the start of the Russian invasion occurred against Energoatom’s website,” the operator says on messaging app Telegram, adding it “was attacked from Russian territory”.";
    const claims = claimsOf(text);
    // The operator is named with its description: the name is the speaker (the guidelines' fullest name).
    expect(covering(claims, "was attacked from Russian territory").speaker).toBe("Energoatom");
  });

  test("a country speaks under its own name, not a longer phrase elsewhere in the article", () => {
    const text =
      "Crimea was transferred to Soviet Ukraine after World War II.\n\nUkraine says it has recaptured dozens of villages on the southern front.";
    expect(covering(claimsOf(text), "recaptured dozens of villages").speaker).toBe("Ukraine");
  });

  test("'the statement said' speaks for the one who issued it", () => {
    const text =
      "US Secretary of State Antony Blinken said the United States stands with Ukraine.\n\nThe United States has provided more than $2 billion in humanitarian aid to Ukraine since the war started, the statement said.";
    expect(covering(claimsOf(text), "more than $2 billion").speaker).toBe("Antony Blinken");
  });
});

describe("detection", () => {
  test("a pledge of aid with a figure is a claim, a bare intention is not", () => {
    const pledge = covering(claimsOf("The United States will transfer a military support package worth almost three billion dollars."), "three billion");
    expect(pledge.type).toBe("aid");
    expect(pledge.figures[0]?.value).toBe(3_000_000_000);
    expect(claimsOf("We will continue to support Ukraine for as long as it takes.")).toEqual([]);
  });

  test("a list of aid items is split, the items typed as aid, and a total after the list kept", () => {
    const text =
      "The UK plans to give vital equipment to Kyiv including 400 vehicles, more than 1,600 missiles, 4m rounds of ammunition, 60 boats, as well as an additional £500m in military funding, taking the total to £3bn this financial year.";
    const claims = claimsOf(text);
    expect(claims.map((c) => c.figures[0]?.value)).toEqual([400, 1600, 4_000_000, 60, 500_000_000, 3_000_000_000]);
    for (const c of claims) expect(c.type).toBe("aid");
    expect(covering(claims, "4m rounds").text).toBe("4m rounds of ammunition");
  });

  test("items of a list in a sentence about a package are aid, even after a semicolon", () => {
    const text = "The package includes 60 boats with offshore raiding craft; more than 1,600 strike and air defence missiles; more than 400 vehicles, including 160 protected mobility “Husky” vehicles and 162 armoured vehicles.";
    const claims = claimsOf(text);
    expect(covering(claims, "1,600").type).toBe("aid");
    expect(covering(claims, "160 protected").text).toBe("160 protected mobility “Husky” vehicles");
  });

  test("a part named within its whole is one fact with both figures", () => {
    const claims = claimsOf("Ukraine's health minister said 198 civilians, including three children, had been killed so far by Russian forces.");
    expect(claims.map((c) => [c.text, c.figures.map((f) => f.value)])).toEqual([["198 civilians, including three children, had been killed so far by Russian forces", [198, 3]]]);
  });

  test("'respectively' keeps one fact with its several figures", () => {
    const claims = claimsOf("Almost 90% of Crimean schoolchildren were educated in Russian (7% in Ukrainian and 3% in Crimean Tatar, respectively).");
    expect(claims).toHaveLength(1);
    expect(claims[0]?.figures.map((f) => f.value)).toEqual([90, 7, 3]);
  });

  test("plain statements of fact: progressive, existential and 'is the last ...'", () => {
    expect(claimsOf("Military representatives from Turkey, Russia and Ukraine are meeting with a UN delegation in Istanbul.")).toHaveLength(1);
    expect(claimsOf("There were explosions in Mykolaiv and Khmelnytskyi overnight.")).toHaveLength(1);
    expect(claimsOf("The facility in Pokrovsk is the last obstetric hospital that works in Donbas in the territory controlled by Ukraine.")).toHaveLength(1);
    expect(claimsOf("We are talking about the future of Europe.")).toEqual([]);
  });

  test("a third-person event without a name is still a claim; an accusation is not", () => {
    expect(claimsOf("A 53-year-old woman was wounded.")).toHaveLength(1);
    expect(claimsOf("Ukraine has also accused Russia of removing supplies by stealth and passing them off as Russian grain.")).toEqual([]);
  });

  test("predictions stated as estimates are left out", () => {
    expect(claimsOf("The number of acutely food insecure people in the country is estimated to rise by more than 2 million in the next three to six months.")).toEqual([]);
  });

  test("the main clause before 'as he warned that' is the claim", () => {
    const claims = claimsOf("Rishi Sunak has promised the UK’s largest ever military support package for Ukraine as he warned that Vladimir Putin would “not stop at the Polish border” if Russia won the war.");
    const claim = covering(claims, "largest ever military support package");
    expect(claim.type).toBe("aid");
    expect(claim.speaker).toBeNull();
  });
});

describe("types", () => {
  test("a ban is an event, an attack told in the active voice is military", () => {
    expect(covering(claimsOf("The U.S. banned Russian oil imports after Russia invaded Ukraine in early 2022."), "banned").type).toBe("event");
    expect(covering(claimsOf("Russia also destroyed an oil refinery in Kremenchuk in central Ukraine, along with fuel depots there."), "refinery").type).toBe("military");
  });

  test("support received is aid", () => {
    expect(covering(claimsOf("Russia is receiving support for its war of aggression from China, North Korea and Iran."), "receiving support").type).toBe("aid");
  });
});

describe("figures", () => {
  test("'every third person' is a share; 'every second day' is not a figure", () => {
    const figures = extractFigures("Having lost every third person during the war, they count every second day.");
    expect(figures.map((f) => [f.text, f.value, f.unit])).toEqual([["every third", 0.3333, "share"]]);
  });

  test("vague counts: 'several hundred', 'a number of', a bare 'millions'; ages are not counts", () => {
    const figures = extractFigures(
      "From February 24, several hundred western enterprises left Russia. The attacks leave millions without power. Ivanov, 48, is one of Russia’s 12 deputy defence ministers. Men between the ages of 18 and 60 have to stay.",
    );
    expect(figures.map((f) => [f.text, f.value])).toEqual([
      ["several hundred", null],
      ["millions", null],
      ["12", 12],
    ]);
    expect(figures[0]?.low).toBe(100);
    expect(figures[1]?.low).toBe(1_000_000);
  });
});

describe("more speakers", () => {
  test("'quoted X as saying that' gives the quoted person", () => {
    const claims = claimsOf(
      "Russia’s state news agency RIA Novosti quoted Kremlin spokesperson Dmitry Peskov as saying that Timur Ivanov was detained on Tuesday.",
    );
    expect(covering(claims, "Timur Ivanov was detained").speaker).toBe("Dmitry Peskov");
  });

  test("'X, who led ...' after an inverted attribution is the article's own fact", () => {
    const text =
      "“We are preparing for everything to start this week,” says Oleksandr Kubrakov, who led the Ukrainian delegation that reached a deal last week with Russia on unblocking Ukraine’s grain exports.";
    const claim = covering(claimsOf(text), "who led the Ukrainian delegation");
    expect(claim.speaker).toBeNull();
  });

  test("'as previously reported by CNN' names the source", () => {
    const claims = claimsOf("Russian forces have captured the village of Ocheretyne, as previously reported by CNN.");
    const claim = covering(claims, "captured the village");
    expect(claim.speaker).toBe("CNN");
    expect(claim.text).toBe("Russian forces have captured the village of Ocheretyne");
  });

  test("a quote that follows an attributed quote in the same paragraph keeps its speaker", () => {
    const text =
      "“Overall, more effort is needed by the international community,’’ said Matthew Saltmarsh. “By the end of 2022, UNHCR had received just over half the funding needed for the year; 12 of our operations were chronically underfunded.”";
    expect(covering(claimsOf(text), "12 of our operations").speaker).toBe("Matthew Saltmarsh");
  });

  test("a paragraph opened by a dash is speech of the one named at its end", () => {
    const text =
      "Doctors work under fire.\n\n- The Pokrovsk Perinatal Center was established in 2015. It supported over half a million people. The center in Mariupol was completely destroyed - explains Dr. Ivan Cichanok.";
    const claims = claimsOf(text);
    expect(covering(claims, "half a million people").speaker).toBe("Ivan Cichanok");
    expect(covering(claims, "completely destroyed").speaker).toBe("Ivan Cichanok");
  });

  test("', with N killed' is a fact of its own, and so is ', standing at N' with the sentence's topic", () => {
    const claims = claimsOf(
      "Five railway stations in central and western Ukraine were targeted in the space of an hour on Monday, with at least five people killed and 18 injured when rockets fell in the Vinnytsia region.",
    );
    expect(covering(claims, "at least five people killed").type).toBe("casualties");
    expect(covering(claims, "18 injured").figures[0]?.value).toBe(18);
    const displaced = claimsOf("In 2022, the number of displaced people grew by 21%, standing at an estimated 108.4 million at the end of the year.");
    expect(displaced).toHaveLength(2);
    expect(covering(displaced, "108.4 million").type).toBe("humanitarian");
  });
});

