import { describe, expect, test } from "vitest";
import { type ExtractedClaim, extractClaims, isBareCommonNoun } from "@/lib/extract";

function covering(claims: ExtractedClaim[], words: string): ExtractedClaim {
  const claim = claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim with ${JSON.stringify(words)} in ${JSON.stringify(claims.map((c) => c.text))}`);
  return claim;
}

describe("speakers name someone or no one", () => {
  test("a body named again by its head noun keeps the fullest description", () => {
    const text =
      "The OSCE special monitoring mission recorded 1,200 ceasefire violations in Donetsk last week. The mission said 16 of them involved heavy artillery.";
    expect(covering(extractClaims(text), "16 of them").speaker).toBe("OSCE special monitoring mission");
  });

  test("a body and its seat are one speaker", () => {
    const claims = extractClaims("Two frigates left the port of Novorossiysk on Friday, the Navy command in Sevastopol said.");
    expect(covering(claims, "Two frigates").speaker).toBe("Navy command in Sevastopol");
  });

  test("a body's name with 'for' in it is one speaker", () => {
    const claims = extractClaims("Inflation fell to 2.3% in April, the Office for National Statistics said.", { scorer: () => 1 });
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([["Inflation fell to 2.3% in April", "Office for National Statistics"]]);
  });

  test("a body's acronym in brackets before the kind of body it is: the name before the bracket speaks", () => {
    const claims = extractClaims("The vessel was struck 40 miles off Aden, the United Kingdom Maritime Trade Operations (UKMTO) agency said.", { scorer: () => 1 });
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([["The vessel was struck 40 miles off Aden", "United Kingdom Maritime Trade Operations"]]);
  });

  test("'declared' with an object and no clause is a deed, not speech; 'declared that ...' is speech", () => {
    const deed = extractClaims("Gov. Gavin Newsom declared a state of emergency for the county on Monday evening.", { scorer: () => 1 });
    expect(deed.map((c) => [c.text, c.speaker])).toEqual([["Gov. Gavin Newsom declared a state of emergency for the county on Monday evening", null]]);
    const speech = extractClaims("Gov. Gavin Newsom declared on Monday that the county was in a state of emergency.", { scorer: () => 1 });
    expect(speech.map((c) => [c.text, c.speaker])).toEqual([["the county was in a state of emergency", "Gavin Newsom"]]);
  });

  test("who was told is no part of what was said: 'told us', 'told CNN'", () => {
    for (const listener of ["us", "reporters", "CNN"]) {
      const [claim] = extractClaims(`The mayor told ${listener} the city had spent $14 million on the project.`, { scorer: () => 1 });
      expect(claim?.text).toBe("the city had spent $14 million on the project");
      expect(claim?.statement).toBe("The mayor said the city had spent $14 million on the project");
    }
  });

  test("a company's abbreviated legal form does not hide it as the speaker", () => {
    const [claim] = extractClaims("Microsoft Corp. said it would invest $80 billion in data centres in fiscal 2025.", { scorer: () => 1 });
    expect([claim?.text, claim?.speaker]).toEqual(["it would invest $80 billion in data centres in fiscal 2025", "Microsoft Corp."]);
  });

  test("a live blog's entry labelled with the body it comes from is that body's; a heading's label names no one", () => {
    const claims = extractClaims("13:30 GMT – Environment Agency: 47 flood warnings and 112 flood alerts are now in force in England.", { scorer: () => 1 });
    expect(claims.map((c) => [c.text, c.speaker])).toEqual([
      ["47 flood warnings", "Environment Agency"],
      ["112 flood alerts", "Environment Agency"],
    ]);
    expect(claims[0]?.statement).toBe("The Environment Agency said 47 flood warnings are now in force in England");
    const heading = extractClaims("Verdict: Misleading.\n\nKey events: the claim that 40% of homes were flooded is wrong.", { scorer: () => 1 });
    expect(heading.every((c) => c.speaker === null)).toBe(true);
  });

  test("where a person speaks is no part of the name", () => {
    const claims = extractClaims("Prime Minister Denys Shmyhal in Lviv said 4,000 schools had been damaged.");
    expect(covering(claims, "4,000 schools").speaker).toBe("Denys Shmyhal");
  });

  test.each([
    "New figures showed that 2.1 million people had returned to Ukraine.",
    "The latest update showed that 2.1 million people had returned to Ukraine.",
    "Official statistics show that 2.1 million people had returned to Ukraine.",
  ])("the figures themselves are not a speaker: %j", (text) => {
    expect(covering(extractClaims(text), "2.1 million people").speaker).toBeNull();
  });

  test("a data noun with the name of its issuer keeps the issuer", () => {
    expect(covering(extractClaims("Ukrainian figures showed that 2.1 million people had returned to Ukraine."), "2.1 million").speaker).toBe("Ukrainian figures");
  });

  test("a bare common noun with no fuller mention is no speaker", () => {
    const claims = extractClaims("The agency said 300 tonnes of grain were loaded in Chornomorsk on Monday.");
    expect(covering(claims, "300 tonnes").speaker).toBeNull();
  });

  test("'he said' and 'she added' are the person named before", () => {
    const text =
      "Estonian Prime Minister Kaja Kallas met Nordic leaders in Oslo on Tuesday. She said Estonia had sent 10,000 rounds of ammunition in May. " +
      "Polish Defence Minister Mariusz Blaszczak spoke next. He said Poland had delivered 200 tanks.";
    const claims = extractClaims(text);
    expect(covering(claims, "10,000 rounds").speaker).toBe("Kaja Kallas");
    expect(covering(claims, "200 tanks").speaker).toBe("Mariusz Blaszczak");
  });

  test("'he' after a sentence that opens with a person described, not named, is that person", () => {
    const text =
      "Cumbria Fire and Rescue Service said crews used cutting equipment to free four people.\n\n" +
      "The 52-year-old driver of the lorry, a man from Carlisle, was arrested at the scene. He has since been released under investigation. " +
      "A Russian soldier captured near Kharkiv was interviewed by the journalist Anna Kowalska. He said his unit had lost 40 men in a week.";
    const claims = extractClaims(text);
    expect(covering(claims, "released under investigation").statement).toBe("The 52-year-old driver of the lorry has since been released under investigation");
    expect(covering(claims, "40 men").speaker).toBe("A Russian soldier");
    // The role of a person named before still resolves to them, not to the one described since.
    const roles = extractClaims("Mayor Igor Terekhov visited the site. A woman was rescued from the rubble. The mayor said 14 people were injured.");
    expect(covering(roles, "14 people").speaker).toBe("Igor Terekhov");
  });

  test("a middle initial without its stop is part of the name: 'he' after it is that person", () => {
    const text =
      "Slovakia's prime minister, Robert Fico, said his government would not join the purchase.\n\n" +
      "Norway will provide Ukraine with NOK 7bn in 2026, its defence minister, Tore O Sandvik, has announced. Norway has given Ukraine about NOK 85bn in military aid since February 2022, he said.";
    const claims = extractClaims(text);
    expect(covering(claims, "NOK 7bn").speaker).toBe("Tore O Sandvik");
    expect(covering(claims, "NOK 85bn").speaker).toBe("Tore O Sandvik");
  });

  test("'he' after a speaker the article names by surname alone is that speaker; an agency named so is not a person", () => {
    const text =
      "Nearly a third of the grid has been destroyed, according to Energy Minister Herman Halushchenko. " +
      "Zelenskyy says Ukraine needs 25 Patriot systems. He has said 40 cities lack air defence.";
    expect(covering(extractClaims(text), "40 cities").speaker).toBe("Zelenskyy");
    const agency = "Security chief Oleksiy Danilov visited the border on Monday. Ukraine had checked 12 brigades, Interfax said. He added that 3,000 troops were at the border.";
    expect(covering(extractClaims(agency), "3,000 troops").speaker).toBe("Oleksiy Danilov");
  });

  test("'they' and 'two of them' are never the one person who spoke last", () => {
    const text = "Robert Fico said Slovakia would abstain. Soldiers of the 65th Brigade describe the fighting as the heaviest yet. Two of them said Russian units had tried to cross the river 14 times.";
    expect(covering(extractClaims(text), "14 times").speaker).toBeNull();
  });

  test("'it said' after a sentence that opens with a body is that body, not the last body that spoke", () => {
    const text =
      "Russia's defence ministry said its forces had taken Zelenyi Hai. It said Ukraine had lost up to 1,415 servicemen.\n\n" +
      "Ukraine's General Staff did not confirm the loss of Zelenyi Hai. In its evening report, it said its forces had repelled 46 Russian assaults.";
    const claims = extractClaims(text);
    expect(covering(claims, "1,415 servicemen").speaker).toBe("Russia's defence ministry");
    expect(covering(claims, "46 Russian assaults").speaker).toBe("Ukraine's General Staff");
  });

  test.each([
    ["Prices for bread have doubled since January, data from the statistics office showed.", "Prices for bread have doubled since January", "statistics office"],
    ["Exports fell 12% in March, figures from the central bank showed on Monday.", "Exports fell 12% in March", "central bank"],
    ["Russia's oil revenue fell 30% in May, Reuters calculations showed.", "Russia's oil revenue fell 30% in May", "Reuters"],
  ])("evidence named after what it shows speaks for its issuer: %j", (text, claim, speaker) => {
    const [only] = extractClaims(text);
    expect([only?.text, only?.speaker]).toEqual([claim, speaker]);
  });

  test("groups of people remain sources", () => {
    expect(covering(extractClaims("Seven bodies were found in a forest near Izium, police said."), "Seven bodies").speaker).toBe("police");
  });
});

describe("a title naming a body before the person who holds it", () => {
  test.each([
    ["Belarusian-Russian trade grew 12% last year, Chairman of the House of Representatives Vladimir Andreichenko told the media.", "Vladimir Andreichenko"],
    ["Belarus bought 40 aircraft in 2023, Deputy Head of the Belarus President Administration Vladimir Pertsov told the media.", "Vladimir Pertsov"],
    ["Russia has moved 30,000 troops to Belarus, National Security Council Coordinator for Strategic Communications John Kirby told reporters.", "John Kirby"],
  ])("the body's name ends before the holder's: %j", (text, speaker) => {
    expect(extractClaims(text)[0]?.speaker).toBe(speaker);
  });
});

describe("isBareCommonNoun", () => {
  test.each([
    ["mission", true],
    ["the update", true],
    ["figures", true],
    ["officials", false],
    ["police", false],
    ["UN mission", false],
    ["Ukraine", false],
    ["defence ministry", false],
  ])("%j → %s", (speaker, bare) => {
    expect(isBareCommonNoun(speaker)).toBe(bare);
  });
});

describe("an opening phrase before the speaker", () => {
  test.each([
    "Speaking to reporters in Vilnius, Lithuanian Defence Minister Laurynas Kasciunas said 9,000 troops had taken part in the drills.",
    "In Vilnius, Lithuanian Defence Minister Laurynas Kasciunas said 9,000 troops had taken part in the drills.",
  ])("is not the content of the claim: %j", (text) => {
    const claim = covering(extractClaims(text), "9,000 troops");
    expect(claim.text).toBe("9,000 troops had taken part in the drills");
    expect(claim.speaker).toBe("Laurynas Kasciunas");
  });

  test("a trailing attribution with an adverbial stays trailing", () => {
    const claim = covering(extractClaims("Latvia closed two border crossings, the interior minister said on Thursday."), "two border crossings");
    expect(claim.text).toBe("Latvia closed two border crossings");
  });
});

describe("speakers: fullest name, no time words, no junk", () => {
  test("an acronym the article spells out is the full name", () => {
    const text = "The International Monetary Fund (IMF) published its outlook on Tuesday. The IMF said Russia's economy would grow by 3.2% this year.";
    expect(covering(extractClaims(text), "3.2%").speaker).toBe("International Monetary Fund");
  });

  test("when it was said is no part of the speaker", () => {
    const text = "Joe Biden is the US president. Biden last week said the US had sent 300 missiles to Ukraine.";
    expect(covering(extractClaims(text), "300 missiles").speaker).toBe("Joe Biden");
  });

  test("a dated report speaks for its issuer", () => {
    const text =
      "The General Staff of the Ukrainian Armed Forces said 1,260 Russian soldiers were killed in the last day. The number of Russian losses since the invasion reached 473,400, according to the Sunday report.";
    expect(covering(extractClaims(text), "473,400").speaker).toBe("General Staff of the Ukrainian Armed Forces");
  });

  test("a description given with a name stands for the name", () => {
    const text = "Ukraine’s nuclear operator Energoatom reported a cyberattack on Tuesday. The operator said 12 of its websites had been attacked.";
    expect(covering(extractClaims(text), "12 of its websites").speaker).toBe("Energoatom");
  });

  test("'said to be' describes its subject; nobody speaks", () => {
    const claims = extractClaims("A port city said to be of critical strategic importance, Mariupol has been under siege for 50 days.");
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.speaker === null)).toBe(true);
  });

  test("'commented on' names a topic, not what was said", () => {
    const claims = extractClaims("President Aleksandr Lukashenko commented on the sanctions imposed on 20 Belarusian companies by the EU.");
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.every((c) => c.speaker === null)).toBe(true);
  });
});

describe("sources named after the fact or with other verbs", () => {
  test.each([
    ["As reported by Interfax, 14 trains were cancelled in Kharkiv on Monday.", "Interfax"],
    ["As previously reported by the Kyiv Post, 14 trains were cancelled in Kharkiv on Monday.", "Kyiv Post"],
    ['As described by "Le Monde", 14 trains were cancelled in Kharkiv on Monday.', "Le Monde"],
  ])("an opening 'As reported by X,' names X and leaves the phrase out of the claim: %j", (text, speaker) => {
    const claim = covering(extractClaims(text, { scorer: () => 1 }), "14 trains");
    expect(claim.speaker).toBe(speaker);
    expect(claim.text.startsWith("14 trains")).toBe(true);
  });

  test("'as described by X' inside the sentence is no opening source", () => {
    expect(covering(extractClaims("The village, as described by residents, lost 200 homes.", { scorer: () => 1 }), "200 homes").speaker).toBeNull();
  });

  test("'That's according to X' gives the sentence before its source", () => {
    const claims = extractClaims("Moscow has already imported $100 million worth of drones from China this year. That's according to Politico, Ukrinform reports.");
    expect(covering(claims, "$100 million").speaker).toBe("Politico");
  });

  test("'reminded that' reports what a body said", () => {
    const claims = extractClaims("The European Council reminded in a communication on Thursday that sanctions were first introduced against 40 Russian officials in 2014.");
    expect(covering(claims, "40 Russian officials").speaker).toBe("European Council");
  });
});

describe("who told whom", () => {
  test("after 'told' comes who listened, not who spoke", () => {
    const claims = extractClaims("An estimated 1,000 civilians were sheltering in bunkers under the plant, Myhailo Vershynin, chief of the Mariupol patrol police, told CNN earlier this week.");
    expect(covering(claims, "1,000 civilians").speaker).toBe("Myhailo Vershynin");
  });

  test("a name in apposition after a role is the speaker, without its abbreviated rank", () => {
    const claims = extractClaims("The commander of Ukraine's 36th Separate Marine Brigade, Maj. Serhii Volyna, told CNN by phone that the plant was surrounded by 300 troops.");
    expect(covering(claims, "300 troops").speaker).toBe("Serhii Volyna");
  });

  test("a name before its role in apposition stays the speaker", () => {
    const claims = extractClaims("Dmytro Kuleba, the foreign minister, said 40 countries had joined the coalition.");
    expect(covering(claims, "40 countries").speaker).toBe("Dmytro Kuleba");
  });
});

test("a body's name keeps its 'for the' / 'of the' part", () => {
  const claims = extractClaims("The Institute for the Study of War said that Tuesday’s attack hit a supply hub for 2,000 Russian troops.");
  expect(covering(claims, "2,000 Russian troops").speaker).toBe("Institute for the Study of War");
});

test("an acronym of a body already speaking is that body", () => {
  const text = "“Russia has blocked 40 ships,” reads the Statement of the Ministry of Foreign Affairs of Ukraine. “Russia moved 30,000 troops to Belarus,” the MFA emphasizes.";
  expect(covering(extractClaims(text), "30,000 troops").speaker).toBe("Ministry of Foreign Affairs of Ukraine");
});

test("'it says' is the last body that spoke, not the last person", () => {
  const text =
    "Britain's defence ministry said Russia had lost 20 tanks near Kherson. Prime Minister Kaja Kallas says the move was a response to 12 incidents. It says 40 power lines were damaged.";
  expect(covering(extractClaims(text), "40 power lines").speaker).toBe("Britain's defence ministry");
});

describe("speaker classes: dashes, 'according to ... by X', counts and claims reported", () => {
  const scorer = () => 1;
  const claim = (text: string, words: string) => covering(extractClaims(text, { scorer }), words);
  test("a spaced dash is never part of the speaker", () => {
    const c = claim("Russia has lost 1,200 tanks since February - the British Ministry of Defense said on Saturday.", "1,200 tanks");
    expect(c.speaker).toBe("British Ministry of Defense");
    expect(c.text).toBe("Russia has lost 1,200 tanks since February");
  });
  test("'according to the latest update - the Ministry of Defense' names the ministry", () => {
    const c = claim("Russia has lost 1,200 tanks since February, according to the latest intelligence update - the British Ministry of Defense.", "1,200 tanks");
    expect(c.speaker).toBe("British Ministry of Defense");
  });
  test("'according to a report published by X (X)' and '... reviewed by X' name X, and leave no claim of the phrase", () => {
    const claims = extractClaims("According to a report published by the World Food Programme (WFP) earlier this month, Ukraine’s export capacity is now around a sixth of what it was.", { scorer });
    expect(claims).toHaveLength(1);
    expect(claims[0]?.speaker).toBe("World Food Programme");
    expect(claim("Russian operators are transferring 3 million tonnes of grain at sea, according to satellite imagery reviewed by CNN.", "3 million").speaker).toBe("CNN");
  });
  test("'X reported four injuries', 'X estimates about 4.3 million ...': a count after the verb is X's", () => {
    expect(claim("The Eurostat database estimates about 4.3 million Ukrainians were registered in EU countries.", "4.3 million").speaker).toBe("Eurostat database");
    expect(claim("Regional authorities reported four injuries from 51 attacks by Russian forces on Tuesday.", "injuries").speaker).toBe("Regional authorities");
    expect(claim("An estimated 1,000 civilians were sheltering inside the plant.", "1,000").speaker).toBeNull();
  });
  test("'X claims to have taken', 'X pointed out that', 'X assessed in the “Guardian” daily that'", () => {
    expect(claim("On April 21, Russia claims to have taken the southeastern port city of Mariupol.", "Mariupol").speaker).toBe("Russia");
    expect(claim("The Institute for the Study of War pointed out that Tuesday’s attack hit 40 depots.", "40 depots").speaker).toBe("Institute for the Study of War");
    const c = claim("The British expert Matthew Savill assessed in the “Guardian” daily that 400,000 Russian soldiers took part in the war.", "400,000");
    expect(c.speaker).toBe("Matthew Savill");
    expect(c.text.startsWith("400,000")).toBe(true);
  });
  test("'..., the ministry says on Telegram' ends the content before the speaker", () => {
    const c = claim("Russian forces shelled 12 towns overnight, Ukraine's defence ministry says on Telegram.", "12 towns");
    expect(c.text).toBe("Russian forces shelled 12 towns overnight");
    expect(c.speaker).toBe("Ukraine's defence ministry");
  });
});

describe("the source of evidence and of a report speaks", () => {
  const scorer = () => 1;
  const claim = (text: string, words: string) => covering(extractClaims(text, { scorer }), words);
  test("'A CNN investigation showed how ...', 'Footage from X showed ...' name the source", () => {
    const c = claim("A CNN investigation from 2022 showed how an elaborate Russian scheme moved 40 tonnes of gold.", "40 tonnes");
    expect(c.speaker).toBe("CNN");
    expect(c.text.startsWith("an elaborate")).toBe(true);
    expect(claim("Footage from Kremlin military bloggers showed a Russian flag over the village after advancing about 5km in 10 days.", "5km").speaker).toBe("Kremlin military bloggers");
  });
  test("a capital at the sentence start or a name with 'Study' is not an evidence source", () => {
    expect(claim("Satellite images show 40 aircraft at the base.", "40 aircraft").speaker).toBeNull();
    expect(claim("The Institute for the Study of War said that the attack hit 2,000 troops.", "2,000").speaker).toBe("Institute for the Study of War");
  });
  test("'In the Sunday report of X, it was reported that ...' is X's", () => {
    expect(claim("In the Sunday report of the General Staff of the Ukrainian Armed Forces, it was reported that 1260 Russian soldiers were killed.", "1260").speaker).toBe("General Staff of the Ukrainian Armed Forces");
  });
});

test("'..., X said as he addressed ...': the speech before is X's, the 'as' clause the article's own", () => {
  const claims = extractClaims("Russia lost 300 tanks in May, Defence Minister Oleksii Reznikov said as he opened a meeting with 20 generals.", { scorer: () => 1 });
  expect(covering(claims, "300 tanks").speaker).toBe("Oleksii Reznikov");
  const own = covering(claims, "20 generals");
  expect(own.speaker).toBeNull();
  expect(own.text.startsWith("he opened")).toBe(true);
});

describe("bodies keep the fullest name the article gives", () => {
  test.each([
    ["The Turkish Red Crescent said it had delivered 4,000 tents to the region.", "4,000 tents", "Turkish Red Crescent"],
    ["The Polish Border Guard said 25,000 people crossed from Ukraine on Sunday.", "25,000 people", "Polish Border Guard"],
  ])("a place or nationality before a body's head noun is part of its name: %j", (text, words, speaker) => {
    expect(covering(extractClaims(text, { scorer: () => 1 }), words).speaker).toBe(speaker);
  });

  test("a body named again in short takes the name with its 'of the ...' and its seat", () => {
    const text =
      "Russia lost 900 soldiers over the past day, the General Staff of the Armed Forces of Ukraine said. According to the General Staff, 12 tanks were destroyed. " +
      "At least 40 civilians were killed in June, the UN Human Rights Monitoring Mission in Ukraine said. The mission said 12 of them were children.";
    const claims = extractClaims(text, { scorer: () => 1 });
    expect(covering(claims, "12 tanks").speaker).toBe("General Staff of the Armed Forces of Ukraine");
    expect(covering(claims, "12 of them").speaker).toBe("UN Human Rights Monitoring Mission in Ukraine");
  });

  test("'Body (ACRONYM) said': the acronym in brackets stands for the body, also when its letters spell another language's name", () => {
    const text =
      "The UN refugee agency (UNHCR) said 6 million refugees had been recorded in Europe. UNHCR said 3.7 million people were displaced inside Ukraine. " +
      "Romania's General Inspectorate for Emergency Situations (IGSU) said 2,000 people were evacuated. IGSU said 300 homes were flooded.";
    const claims = extractClaims(text, { scorer: () => 1 });
    expect(covering(claims, "6 million refugees").speaker).toBe("UN refugee agency");
    expect(covering(claims, "3.7 million").speaker).toBe("UN refugee agency");
    expect(covering(claims, "2,000 people").speaker).toBe("Romania's General Inspectorate for Emergency Situations");
    expect(covering(claims, "300 homes").speaker).toBe("Romania's General Inspectorate for Emergency Situations");
  });

  test("a place or acronym before the words that spell an acronym belongs to the name", () => {
    const text = "The UN Office for the Coordination of Humanitarian Affairs (OCHA) launched an appeal. OCHA said the appeal was only 14% funded.";
    expect(covering(extractClaims(text, { scorer: () => 1 }), "14% funded").speaker).toBe("UN Office for the Coordination of Humanitarian Affairs");
  });

  test("'the WHO said': a function word in capitals is an acronym", () => {
    const text = "The World Health Organization (WHO) said it had verified 1,900 attacks on health care. In July alone, 58 health facilities were hit, the WHO said.";
    expect(covering(extractClaims(text, { scorer: () => 1 }), "58 health facilities").speaker).toBe("World Health Organization");
  });
});

test("a transcript's speaker label speaks for its paragraph and the unlabelled ones after it", () => {
  const text =
    "Press conference by NATO Secretary General Jens Stoltenberg\n\n" +
    "STOLTENBERG: Good morning. Allies have delivered 40 air defence systems to Ukraine this year.\n\n" +
    "They have also trained 5,000 Ukrainian pilots.\n\n" +
    "Q (AFP): Reports say Russia has fired 3,000 drones this month. Is that right?\n";
  const claims = extractClaims(text, { scorer: () => 1 });
  expect(covering(claims, "40 air defence systems").speaker).toBe("Jens Stoltenberg");
  expect(covering(claims, "5,000 Ukrainian pilots").speaker).toBe("Jens Stoltenberg");
  // A journalist's question reports its premise on no one's record: no claim at all, least of all Stoltenberg's.
  expect(claims.some((c) => c.text.includes("3,000 drones"))).toBe(false);
});

describe("who speaks in wire copy, live blogs and speeches", () => {
  const claims = (text: string): ExtractedClaim[] => extractClaims(text, { scorer: () => 1 });

  test.each([
    ["Separately, Poland's navy said a Russian corvette had entered its economic zone twice in May.", "a Russian corvette", "Poland's navy"],
    ["14:05 Ukraine's air force says it shot down 24 of 30 drones overnight.", "24 of 30 drones", "Ukraine's air force"],
    ["Moldova exported 1.2 million tonnes of wheat in July, Moldova's agriculture ministry said on Monday.", "1.2 million tonnes", "Moldova's agriculture ministry"],
  ])("a country's service or ministry named in lower case speaks: %j", (text, words, speaker) => {
    expect(covering(claims(text), words).speaker).toBe(speaker);
  });

  test("a ministry's data speak for the ministry", () => {
    const text =
      "Kazakhstan exported 900,000 tonnes of grain in May, the Kazakh agriculture ministry said. Wheat accounted for 700,000 tonnes, ministry data showed. " +
      "Budget revenues rose 12% in May to 1.4 trillion tenge, Kazakh Finance Ministry data showed.";
    const found = claims(text);
    expect(covering(found, "700,000 tonnes").speaker).toBe("Kazakh agriculture ministry");
    expect(covering(found, "Budget revenues").speaker).toBe("Kazakh Finance Ministry");
  });

  test("'..., X said on Wednesday, weeks after ...': a time closed by a comma ends a trailing attribution", () => {
    const found = claims("The first shipment of 50,000 shells has arrived in Ukraine, Czech Prime Minister Petr Fiala said on Wednesday, weeks after he promised that deliveries would begin by June.");
    expect(covering(found, "50,000 shells").speaker).toBe("Petr Fiala");
  });

  test.each([
    ["Poland's interior minister, Marcin Kierwinski, visited the border and said 300 guards had been sent there.", "300 guards", "Marcin Kierwinski"],
    ["On Tuesday, Vadym Filashkin, the head of the Donetsk regional administration, a post he has held since 2023, said 7 people had been killed.", "7 people", "Vadym Filashkin"],
  ])("a role with a person's name in apposition is that person: %j", (text, words, speaker) => {
    expect(covering(claims(text), words).speaker).toBe(speaker);
  });

  test("'Turning to X, he thanked ... and said': the subject follows the opening phrase", () => {
    const text = "President Volodymyr Zelensky spoke for an hour. Turning to the economy, he thanked the bankers and said exports had grown by 14% this year.";
    expect(covering(claims(text), "exports").speaker).toBe("Volodymyr Zelensky");
  });

  test("'“…,” she began' and 'X replied that' report speech", () => {
    const text =
      "Armed Forces Minister Caroline Ashworth opened the debate. “This country has committed £12.8 billion to Ukraine,” she began. " +
      "Asked about the budget, Ashworth replied that defence spending had risen to £64.6 billion. The shelling began at dawn.";
    const found = claims(text);
    expect(covering(found, "£12.8 billion").speaker).toBe("Caroline Ashworth");
    expect(covering(found, "£64.6 billion").speaker).toBe("Caroline Ashworth");
  });
});

describe("what an apposition or a time between speaker and verb does not change", () => {
  const claims = (text: string): ExtractedClaim[] => extractClaims(text, { scorer: () => 1 });

  test("'the Pentagon on Wednesday announced that': the time is no part of the speaker", () => {
    expect(covering(claims("Despite the shift in messaging, the Pentagon on Wednesday announced that 3,000 more troops will deploy to Romania."), "3,000").speaker).toBe("Pentagon");
  });

  test("a body's role words do not make a person named before it the speaker", () => {
    const text = "Sergei Lavrov accused the US of sending 2,000 advisers during a call with his US counterpart, Antony Blinken, the Russian foreign ministry said.";
    expect(covering(claims(text), "2,000").speaker).toBe("Russian foreign ministry");
  });
});

describe("subjects and groups of people as sources", () => {
  const claims = (text: string): ExtractedClaim[] => extractClaims(text, { scorer: () => 1 });

  test.each([
    ["Responding for the Opposition, the shadow defence minister, Tom Gilchrist, welcomed the plan but said the army was short of 4,000 recruits.", "4,000 recruits", "Tom Gilchrist"],
    ["Despite the sanctions, the International Monetary Fund raised its forecast and said growth would reach 3.2% this year.", "3.2%", "International Monetary Fund"],
    ["Poland’s grid operator PSE reported an outage but said 90% of homes had power again.", "90% of homes", "PSE"],
  ])("'X ... and/but said': the subject after an opening phrase, with its words of description: %j", (text, words, speaker) => {
    expect(covering(claims(text), words).speaker).toBe(speaker);
  });

  test.each([
    ["The fleet numbers around 600 vessels, maritime analysts estimate.", "600 vessels", "maritime analysts"],
    ["Grain traders in Odesa said freight rates had fallen to $28 per tonne.", "$28", "Grain traders in Odesa"],
  ])("words describing a group of people given as a source belong to it: %j", (text, words, speaker) => {
    expect(covering(claims(text), words).speaker).toBe(speaker);
  });
});

test("a press release: 'X today announced it has ...' is X's, and neither its title-case headline nor its SOURCE line extends X's name", () => {
  const text =
    "AidBridge Foundation Delivers 300 Generators to Ukraine\n\n" +
    "LONDON, May 2, 2024 /PRNewswire/ -- Humanitarian charity AidBridge Foundation today announced it has delivered 300 generators to hospitals in Ukraine.\n\n" +
    "SOURCE AidBridge Foundation\n";
  expect(covering(extractClaims(text, { scorer: () => 1 }), "300 generators to hospitals").speaker).toBe("AidBridge Foundation");
});

test("'Despite ..., X raised its forecast, and said while ..., ...': what follows 'said' is X's, the opening phrase is no claim", () => {
  const text = "Despite the sanctions imposed over the invasion, the IMF raised its forecast for Russia this year, and said while growth would slow in 2025, it would still reach 1.8%.";
  const claims = extractClaims(text, { scorer: () => 1 });
  expect(covering(claims, "1.8%").speaker).toBe("IMF");
  expect(claims.some((c) => c.text.startsWith("Despite"))).toBe(false);
});

describe("a transcript's header names who speaks", () => {
  test("a label with the speaker's title before the name", () => {
    const text =
      "Briefing on the harvest\n\nMinister of Agriculture Olena Marchuk met farmers on Friday.\n\nAGRICULTURE MINISTER OLENA MARCHUK: Good morning.\n\nThis year farmers sowed 5.6 million hectares of wheat.";
    expect(covering(extractClaims(text), "5.6 million hectares").speaker).toBe("Olena Marchuk");
  });

  test("a speaker line covers the paragraphs after it", () => {
    const text = "Transcript: the finance minister's briefing on the budget\n\nSpeaker: Tomas Varga, Minister of Finance\n\nGood afternoon.\n\nThe deficit narrowed to 3.1% of GDP in the first half of the year.";
    expect(covering(extractClaims(text), "3.1%").speaker).toBe("Tomas Varga");
  });

  test("a title opening the text as a person's speech", () => {
    const text = "Speech by the Minister of Health, Ilona Berg, at the donors' conference\n\nLadies and gentlemen,\n\nOur hospitals treated 42,000 wounded patients last year.";
    expect(covering(extractClaims(text), "42,000 wounded").speaker).toBe("Ilona Berg");
  });

  test("a speech title inside the text is no header", () => {
    const text = "Hospitals in the region treated 42,000 wounded patients last year.\n\nSpeech by the Minister of Health, Ilona Berg, was cancelled.\n\nAmbulances brought 300 patients to the regional hospital on Monday.";
    expect(covering(extractClaims(text), "300 patients").speaker).toBeNull();
  });
});

describe("a source named at the end of a sentence by what it issued", () => {
  test("data from a body: the body speaks", () => {
    const claims = extractClaims("Admissions to the children's ward rose by 14% in May, according to data from the city health department.");
    const claim = covering(claims, "rose by 14%");
    expect(claim.speaker).toBe("city health department");
    expect(claim.text).not.toContain("according to");
  });

  test.each([
    ["Output grew 2.7% in the third quarter, according to preliminary data from the State Statistics Service.", "State Statistics Service"],
    ["The trade deficit widened to $2.6 billion in January, according to data published on Wednesday by the State Customs Service.", "State Customs Service"],
    ["Prices rose 5% in March, according to a new report by the central bank.", "central bank"],
    ["The trade deficit widened to $2.6 billion in January, according to data prepared on Monday by the State Customs Service.", "State Customs Service"],
    ["Support for talks fell to 31% in May, according to a survey conducted in April by the Kyiv Institute.", "Kyiv Institute"],
  ])("evidence whose issuer comes after a word or a participle: %s", (text, speaker) => {
    const [claim] = extractClaims(text);
    expect(claim?.speaker).toBe(speaker);
    expect(claim?.text).not.toContain("according to");
  });

  test.each([
    ["The text was backed by 26 member states, according to two diplomats.", "two diplomats", "Two diplomats said the text was backed by 26 member states"],
    ["The text was backed by 26 member states, according to several sources.", "several sources", "Several sources said the text was backed by 26 member states"],
    ["The text was backed by 26 member states, according to a senior official.", "senior official", "The senior official said the text was backed by 26 member states"],
  ])("a source counted or with an article closes the sentence: %s", (text, speaker, statement) => {
    const [claim] = extractClaims(text);
    expect([claim?.text, claim?.speaker, claim?.statement]).toEqual(["The text was backed by 26 member states", speaker, statement]);
  });

  test("a group of people with a place after them is not read as issued evidence", () => {
    expect(extractClaims("Five people were killed, according to doctors in the city of Kharkiv.")[0]?.speaker).toBe("doctors");
  });

  test("figures by a body frame nothing after them", () => {
    const text = "Grain exports fell to 2.1 million tonnes in June, according to figures from the Agrarian Council. Ships loaded 40 cargoes at Izmail.";
    expect(covering(extractClaims(text), "2.1 million tonnes").speaker).toBe("Agrarian Council");
    expect(covering(extractClaims(text), "40 cargoes").speaker).toBeNull();
  });
});

describe("a person's name without the form of address before it", () => {
  test("a councillor named in apposition, then by pronouns", () => {
    const claims = extractClaims('Its cabinet member for housing, Councillor Jane Hill, said the authority had paid 300 grants. "We check 40 homes a week," she said. She added that 12 cases were referred to police.');
    expect(covering(claims, "300 grants").speaker).toBe("Jane Hill");
    expect(covering(claims, "40 homes").speaker).toBe("Jane Hill");
    expect(covering(claims, "12 cases").speaker).toBe("Jane Hill");
  });

  test("a judge and a detective sergeant", () => {
    const claims = extractClaims("Sentencing him, Judge Tom Reed said 3 defendants had fled. Detective Sergeant Ann Cole said police had searched 14 addresses.");
    expect(covering(claims, "3 defendants").speaker).toBe("Tom Reed");
    expect(covering(claims, "14 addresses").speaker).toBe("Ann Cole");
  });
});

describe("a body described in lower case before its acronym", () => {
  test("the acronym alone later stands for the description", () => {
    const text = "Floods have killed nine people since Friday, the regional civil protection authority (RCPA) said. About 600 rescuers were deployed on Sunday, according to RCPA.";
    expect(covering(extractClaims(text), "600 rescuers").speaker).toBe("regional civil protection authority");
  });

  test("the phrase before the acronym caught only its last words", () => {
    expect(covering(extractClaims("The national statistics service (INSTAT) said prices rose 4% in May."), "4%").speaker).toBe("national statistics service");
  });
});

describe("a body whose name reads like a person's", () => {
  test("\"it added\" after a body named in capitals refers to the body", () => {
    const text = "Nine people drowned near Tuzla, the Regional Flood Control Administration said. Two more died in Zenica, it added.";
    expect(covering(extractClaims(text), "Two more died").speaker).toBe("Regional Flood Control Administration");
  });
});

describe("a role before its holder's name in apposition at the end of a sentence", () => {
  test("a hyphenated name, and the role left out of the quote", () => {
    const claims = extractClaims("Around 5,000 people fled, officials said. In Kiseljak alone, 350 houses were flooded, the town's mayor, Ana Kovač-Horvat, said. She added that 40 wells had been contaminated.");
    const houses = covering(claims, "350 houses");
    expect(houses.speaker).toBe("Ana Kovač-Horvat");
    expect(houses.text).toBe("In Kiseljak alone, 350 houses were flooded");
    expect(covering(claims, "40 wells").speaker).toBe("Ana Kovač-Horvat");
  });
});

describe("bodies named by what they do", () => {
  test("a consultancy after its name", () => {
    expect(covering(extractClaims("Wheat prices rose 2% last week, according to the Agrimarket consultancy."), "2%").speaker).toBe("Agrimarket consultancy");
  });

  test("a regulator closing the sentence", () => {
    const claim = covering(extractClaims("Household gas prices fell 3% in May, the energy regulator said."), "3%");
    expect(claim.speaker).toBe("energy regulator");
    expect(claim.text).toBe("Household gas prices fell 3% in May");
  });
});

describe("an adverb opening the sentence", () => {
  test("is not the first word of the name after it ('Reportedly Vladimir Putin said')", () => {
    const claims = extractClaims("The Kremlin met on Monday. Reportedly Vladimir Putin said Russia had moved 10,000 troops.", { scorer: () => 1 });
    expect(covering(claims, "10,000 troops").speaker).toBe("Vladimir Putin");
  });
});

describe("a connector opening the sentence", () => {
  test("is not the first word of the speaker's name ('But Biden said', 'Meanwhile Jens Stoltenberg said')", () => {
    const text =
      "The White House spoke on Tuesday. But Biden said the U.S. had counted 7,000 troops near the border. Talks went on. Yet Scholz said Germany had sent 5,000 helmets. However Macron said France had delivered 12 Caesar howitzers. Meanwhile Jens Stoltenberg said 31 allies had met.";
    const claims = extractClaims(text, { scorer: () => 1 }).filter((c) => c.figures.length > 0);
    expect(claims.map((c) => c.speaker)).toEqual(["Biden", "Scholz", "Macron", "Jens Stoltenberg"]);
    expect(claims.map((c) => c.statement.split(" said ")[0])).toEqual(["Biden", "Scholz", "Macron", "Jens Stoltenberg"]);
  });
});

describe("phrasal and further reporting verbs", () => {
  test("'points out that' and a trailing '- the expert points out' name the expert named before", () => {
    const text =
      "Janis Sarts heads the NATO centre in Riga. Sarts points out that Russia opened 300 accounts in March. Russian bots posted 40,000 messages in a week - the expert points out. The expert pointed out that the Kremlin opened 40 Telegram channels.";
    const claims = extractClaims(text, { scorer: () => 1 });
    for (const figure of ["300 accounts", "40,000 messages", "40 Telegram channels"]) expect(covering(claims, figure).speaker).toBe("Janis Sarts");
    expect(covering(claims, "300 accounts").text).toBe("Russia opened 300 accounts in March");
    expect(covering(claims, "40,000 messages").text).toBe("Russian bots posted 40,000 messages in a week");
  });

  test("'maintains that' and 'highlighted that'; a reflexive after the name is no part of it", () => {
    const claims = extractClaims("Vladimir Putin himself maintains that Russia moved 10,000 troops. Rishi Sunak highlighted that the UK had sent 14 tanks.", { scorer: () => 1 });
    expect(covering(claims, "10,000 troops").speaker).toBe("Vladimir Putin");
    expect(covering(claims, "14 tanks").speaker).toBe("Rishi Sunak");
  });

  test("'“...,” Vitrenko comments' closes a quote of several sentences", () => {
    const claims = extractClaims("“The turbine was not critical, and 40 engineers confirmed it. Putin also had 12 other routes to send gas,” Vitrenko comments.", { scorer: () => 1 });
    expect(covering(claims, "40 engineers").speaker).toBe("Vitrenko");
    expect(covering(claims, "12 other routes").speaker).toBe("Vitrenko");
  });

  test("'point' and 'points' without their particle are nouns", () => {
    const claims = extractClaims("At one point 40 drones were shot down. The points that 12 deputies raised were rejected.", { scorer: () => 1 });
    expect(claims.every((c) => c.speaker === null)).toBe(true);
  });

  test("an expert introduced with an indefinite article is someone new, not the person named before", () => {
    const claims = extractClaims("Janis Sarts heads the NATO centre in Riga. Russia opened 300 accounts in March, an expert said.", { scorer: () => 1 });
    expect(covering(claims, "300 accounts").speaker).not.toBe("Janis Sarts");
  });
});

describe("outlets named with the kind of outlet they are", () => {
  test.each([
    ["The group killed 12 people - American TV CNN said on Thursday.", "CNN"],
    ["Russia imposed 40 sanctions - the Associated Press agency reported.", "Associated Press"],
    ["China sent 20 envoys - notes the Axios information portal.", "Axios"],
    ["Russia sent 30 tanks, the Chinese Information Agency Xinhua News Agency reported.", "Xinhua News Agency"],
    ["Russia sent 45 tanks, Russia's Interfax news agency said.", "Interfax"],
    ["Russia sent 35 tanks, Radio Free Europe reported.", "Radio Free Europe"],
    ["About 12% of the uranium is imported from Russia, according to the U.S. Energy Information Administration.", "U.S. Energy Information Administration"],
  ])("%s → %s", (text, speaker) => {
    const claim = extractClaims(text, { scorer: () => 1 }).find((c) => c.figures.length > 0);
    expect(claim?.speaker).toBe(speaker);
  });

  test("the clause after ', X said, as ...' is the article's own", () => {
    const claims = extractClaims("Russian troops captured 14 villages, Russia's Interfax news agency said, as Moscow launched missile attacks on several cities including Kyiv.", { scorer: () => 1 });
    expect(covering(claims, "14 villages").speaker).toBe("Interfax");
    expect(covering(claims, "missile attacks").speaker).toBeNull();
    expect(covering(claims, "missile attacks").text).toBe("Moscow launched missile attacks on several cities including Kyiv");
  });
});

describe("forms of address and the country of a role", () => {
  test("'Judge Grabowska' after 'Judge Ewa Grabowska' is Ewa Grabowska", () => {
    const claims = extractClaims("Judge Ewa Grabowska sentenced him on Monday. In her reasoning, Judge Grabowska said the court had accepted 40 of the invoices.", { scorer: () => 1 });
    expect(covering(claims, "40 of the invoices").speaker).toBe("Ewa Grabowska");
  });

  test("'Minister of Foreign Affairs of Serbia Ivica Dacic' is Ivica Dacic", () => {
    const claims = extractClaims("The Minister of Foreign Affairs of Serbia Ivica Dacic said that 30 firms had closed.", { scorer: () => 1 });
    expect(covering(claims, "30 firms").speaker).toBe("Ivica Dacic");
  });
});

describe("a body's head named by the role alone", () => {
  test("is the person named before under a title that shares a word with the body", () => {
    const text = "The Minister of National Defense Mariusz Błaszczak visited Łask. \"Eight machines will join the 12 that came last week,\" the head of the Ministry of National Defense wrote.";
    expect(covering(extractClaims(text, { scorer: () => 1 }), "12 that came").speaker).toBe("Mariusz Błaszczak");
  });

  test("is not given to someone merely named before it", () => {
    const text = "Chancellor Olaf Scholz met him in Beijing. Trade grew by 12% last year, the leader of the People's Republic of China said.";
    expect(covering(extractClaims(text, { scorer: () => 1 }), "12%").speaker).not.toBe("Olaf Scholz");
  });
});

describe("a source closing the sentence described in lower-case words", () => {
  test.each([
    ["Power was cut to about 9,000 homes in the valley, water distributor Aquanor said.", "Aquanor"],
    ["Two bridges were closed on Monday, the regional road maintenance authority (ARMA) said on Tuesday.", "regional road maintenance authority"],
    ["Freight volumes fell 12% in May, vessel-tracking data from Portwatch showed.", "Portwatch"],
    ["Reservoirs were 71% full on Friday, data from trade body Hydro Europe showed.", "Hydro Europe"],
  ])("%j", (text, speaker) => {
    const claims = extractClaims(text, { scorer: () => 1 });
    expect(claims[0]?.speaker).toBe(speaker);
  });

  test("a source set off by commas speaks for what follows it too", () => {
    const claims = extractClaims("Reservoirs were 71% full on Friday, data from trade body Hydro Europe showed, up from 64% at the start of the month but below the 80% of a year earlier.", { scorer: () => 1 });
    expect(covering(claims, "71% full").speaker).toBe("Hydro Europe");
    expect(covering(claims, "64%").speaker).toBe("Hydro Europe");
  });

  test("an opening source after a comma keeps its words of description", () => {
    const claims = extractClaims("In Brazil, the Santos coffee exchange said the harvest was 41% complete.", { scorer: () => 1 });
    expect(claims[0]?.speaker).toBe("Santos coffee exchange");
  });

  test("a count before the source is no part of it", () => {
    const claims = extractClaims("The strike killed 12 people, two senior police officials said.", { scorer: () => 1 });
    expect(claims[0]?.speaker).toBe("senior police officials");
  });

  test("words after a participle are no source", () => {
    const claims = extractClaims("The region recorded 4,100 cases in May, twice the number reported in April and the most since 2019, the health agency Salvia said.", { scorer: () => 1 });
    expect(covering(claims, "4,100 cases").speaker).toBe("Salvia");
  });
});

describe("particles inside a person's name", () => {
  test.each([
    ["The fund will pay out 40 million euros, Commission President Anna van der Berg said on Monday.", "Anna van der Berg"],
    ["Exports rose 12% last year, President Carlos Mendes da Costa said.", "Carlos Mendes da Costa"],
  ])("%j", (text, speaker) => {
    expect(extractClaims(text, { scorer: () => 1 })[0]?.speaker).toBe(speaker);
  });

  test("a later short form is the fullest name given", () => {
    const text = "President Carlos Mendes da Costa visited Kyiv on Monday. As Mendes da Costa noted, exports to Ukraine rose 12% last year.";
    expect(covering(extractClaims(text, { scorer: () => 1 }), "12%").speaker).toBe("Carlos Mendes da Costa");
  });
});

describe("a body given as its country's", () => {
  test("'the country's health ministry' is named with the country the sentence names", () => {
    const text = "Thirty people have died of cholera in Malawi since January, the country's health ministry said. Some 2,000 cases were confirmed in March, the ministry said.";
    const claims = extractClaims(text, { scorer: () => 1 });
    expect(covering(claims, "Thirty people").speaker).toBe("Malawi's health ministry");
    expect(covering(claims, "2,000 cases").speaker).toBe("Malawi's health ministry");
  });

  test("'its' body is the sentence's country's", () => {
    const claims = extractClaims("Norway won 16 medals at the Games, its National Olympic Committee said on Sunday.", { scorer: () => 1 });
    expect(claims[0]?.speaker).toBe("Norway's National Olympic Committee");
  });

  test("a sentence without a country leaves the phrase as it is", () => {
    const claims = extractClaims("The firm sold 3,000 cars in May, its sales office said.", { scorer: () => 1 });
    expect(claims[0]?.speaker).toBe("sales office");
  });
});

describe("a subject that puts a figure at a number", () => {
  test("a body putting losses at a count is the speaker of the count and of the list after it", () => {
    const text = "Finland's Border Guard said 40 people had crossed on Monday. The Border Guard put arrivals over the past 48 hours at 310 people, 12 of them children.";
    const claims = extractClaims(text, { scorer: () => 1 });
    expect(covering(claims, "310 people").speaker).toBe("Finland's Border Guard");
    expect(covering(claims, "310 people").text).toMatch(/^The Border Guard put/);
  });

  test("'it put' is the body that spoke before", () => {
    const text = "The Interior Ministry said 14 towns had been flooded. In its evening update, it put the number of evacuated residents at 6,200.";
    expect(covering(extractClaims(text, { scorer: () => 1 }), "6,200").speaker).toBe("Interior Ministry");
  });

  test("figures that put a number somewhere are no speaker", () => {
    const claims = extractClaims("The ministry's own figures put the deficit at more than $12 billion.", { scorer: () => 1 });
    expect(covering(claims, "$12 billion").speaker).toBeNull();
  });
});

describe("a list introduced by an attributed line ending in a colon", () => {
  const text = "The monitoring group Open Roads said on Monday that 300 bridges had been damaged.\n\nAccording to the report:\n\n- 120 of the bridges were in the Kherson region.\n- 45 bridges were destroyed. Another 30 were closed for repairs.\n\nSeparately, 12 people were killed in Sumy on Sunday.";

  test("the items of the list are the source's", () => {
    const claims = extractClaims(text, { scorer: () => 1 });
    expect(covering(claims, "120 of the bridges").speaker).toBe("Open Roads");
    expect(covering(claims, "Another 30").speaker).toBe("Open Roads");
  });

  test("the first paragraph that is no list item ends the list", () => {
    expect(covering(extractClaims(text, { scorer: () => 1 }), "12 people").speaker).toBeNull();
  });

  test("a heading with a colon and no source gives its list no speaker", () => {
    const claims = extractClaims("Key figures:\n\n- 120 bridges were damaged in the Kherson region.\n- 45 bridges were destroyed.", { scorer: () => 1 });
    expect(covering(claims, "120 bridges").speaker).toBeNull();
  });
});

describe("'according to' a source described in lower-case words", () => {
  test.each([
    ["About 8,000 homes were without power on Sunday, according to the grid operator Voltania.", "Voltania"],
    ["The toll rose to 31 on Tuesday as the waters receded, according to national authorities.", "national authorities"],
    ["Fires have burned 12,000 hectares this month, according to provisional figures from the Alpine Fire Monitoring Service (AFMS).", "Alpine Fire Monitoring Service"],
    ["Grain is being loaded at night with transponders off, according to satellite imagery reviewed by Reuters.", "Reuters"],
    ["The two leaders agreed to meet again in May, according to the Spanish chancellery.", "Spanish chancellery"],
  ])("%j", (text, speaker) => {
    expect(extractClaims(text, { scorer: () => 1 })[0]?.speaker).toBe(speaker);
  });

  test("it frames no sentence after it", () => {
    const claims = extractClaims("The toll rose to 31 on Tuesday, according to national authorities. Eleven of the dead were in the town of Vale.", { scorer: () => 1 });
    expect(covering(claims, "Eleven").speaker).toBeNull();
  });

  test("results without an issuer are no speaker", () => {
    const claims = extractClaims("The Green Party won 14% of the vote in the city on Sunday, according to preliminary results.", { scorer: () => 1 });
    expect(covering(claims, "14%").speaker).toBeNull();
  });
});

describe("a body's fullest name stops before a title and its holder", () => {
  test("'the Commission' after 'Arctic Commission President Jane Moor' is the Arctic Commission", () => {
    const text = "Arctic Commission President Jane Moor said on Monday that 12 stations had closed. Three more will close in May, according to the Commission.";
    expect(covering(extractClaims(text, { scorer: () => 1 }), "Three more").speaker).toBe("Arctic Commission");
  });

  test("a press release's 'About X' heading is no part of the name", () => {
    const text = "KYIV, May 2, 2025 -- Clean Wells, a water charity, today announced that it has repaired 140 wells in the Kherson region.\n\nAbout Clean Wells\nClean Wells is a charity founded in 2019.";
    expect(covering(extractClaims(text, { scorer: () => 1 }), "140 wells").speaker).toBe("Clean Wells");
  });
});

describe("the holder named after a role whose portfolio has a name of several words", () => {
  test.each([
    ["Deputy Minister for Roads and Bridges Repair Anna Koval said 300 bridges had been rebuilt.", "Anna Koval"],
    ["Commissioner for Disaster Response Planning Marek Zelinski said on Monday that 14 teams had arrived.", "Marek Zelinski"],
    ["Some 40 schools reopened, Deputy Head of the Regional Education Administration Ivan Moroz told reporters.", "Ivan Moroz"],
  ])("%j", (text, speaker) => {
    expect(extractClaims(text, { scorer: () => 1 })[0]?.speaker).toBe(speaker);
  });

  test("a body's name with a joiner is no role and its holder", () => {
    const claims = extractClaims("The Centre for Countering Disinformation Research said 40 channels had been blocked.", { scorer: () => 1 });
    expect(claims[0]?.speaker).toBe("Centre for Countering Disinformation Research");
  });
});

describe("who 'he' and 'she' are", () => {
  test("the person opening the sentence before, not one named later in it", () => {
    const text = "Senator Mary Lowe met Prime Minister John Abbot on Friday. Lowe, 61, has criticised the government and its leader, John Abbot, for months. \"We counted 4,000 complaints last year,\" she said.";
    expect(covering(extractClaims(text, { scorer: () => 1 }), "4,000 complaints").speaker).toBe("Mary Lowe");
  });

  test("a pope or monarch named with one name is a person with the title", () => {
    const text = "Pope Leo spoke to pilgrims on Sunday. Leo asked for prayers. \"More than 2,000 children have been taken from their homes,\" he said.";
    expect(covering(extractClaims(text, { scorer: () => 1 }), "2,000 children").speaker).toBe("Pope Leo");
  });
});

describe("a body's head in lower case", () => {
  test("is the body with that head that spoke before, not a longer name given later", () => {
    const text = "Exports fell 4% in March, according to data published by the State Customs Service. Imports rose 9% to $5.7 billion, the service said. Inflation reached 12%, the State Statistics Service said.";
    expect(covering(extractClaims(text, { scorer: () => 1 }), "Imports rose").speaker).toBe("State Customs Service");
  });
});

describe("a paragraph that opens a quotation and names no source", () => {
  const text = "The minister spoke after the talks.\n\nDefence Minister Anna Kos said: \"We have sent 40 tanks.\n\n\"Another 12 will arrive in June.\"\n\nSeparately, 30 people were evacuated from Sumy.";

  test("goes on quoting who spoke last in the paragraph before", () => {
    expect(covering(extractClaims(text, { scorer: () => 1 }), "Another 12").speaker).toBe("Anna Kos");
  });

  test("a paragraph that is no quotation does not", () => {
    expect(covering(extractClaims(text, { scorer: () => 1 }), "30 people").speaker).toBeNull();
  });
});

describe("the subject after an opening phrase", () => {
  test("is who 'he' stands for, rather than a person named later in the sentence", () => {
    const text = "During his visit, Ortega met the mayor, Ivan Rudko, and the governor. Defence Secretary Luis Ortega later visited a factory. During the tour, Ortega met the director, Petro Lysak. He said 300 drones would be delivered.";
    expect(covering(extractClaims(text, { scorer: () => 1 }), "300 drones").speaker).toBe("Luis Ortega");
  });
});

describe("a source described in lower case that the article names no more fully", () => {
  test.each([
    ["The ministry said in a statement that 14 people were killed in the strike on Tuesday.", "14 people", "The ministry said 14 people were killed"],
    ["The hackers stole the data of 2 million customers, the company said.", "2 million", "The company said the hackers stole the data of 2 million customers"],
    ["According to the ministry, 120 drones were shot down overnight.", "120 drones", "The ministry said 120 drones were shot down overnight"],
    ["A spokesman said 40 flights were cancelled.", "40 flights", "A spokesman said 40 flights were cancelled"],
  ])("is no speaker, but the statement says whose claim it is: %s", (text, words, statement) => {
    const claim = covering(extractClaims(text, { scorer: () => 1 }), words);
    expect(claim.speaker).toBeNull();
    expect(claim.statement).toContain(statement);
  });

  test("data and documents are not sources of their own", () => {
    const claim = covering(extractClaims("The figures showed 300 people had left the city.", { scorer: () => 1 }), "300 people");
    expect(claim.statement).not.toMatch(/^The figures said/);
  });
});

describe("a relative clause after a source that closes the sentence", () => {
  test("is no part of the claim", () => {
    const claim = covering(extractClaims("About 6,000 tonnes of grain were destroyed, according to the operator, which asked not to be named.", { scorer: () => 1 }), "6,000 tonnes");
    expect(claim.text).toBe("About 6,000 tonnes of grain were destroyed");
    expect(claim.statement).toBe("The operator said about 6,000 tonnes of grain were destroyed");
  });

  test("'who added that' goes on with the source's words", () => {
    const claims = extractClaims("Russia's claim that it is moving troops away from the border is false, according to a senior White House official, who added that 7,000 extra troops have arrived in recent days.", { scorer: () => 1 });
    const added = covering(claims, "7,000 extra troops");
    expect(added.text).toBe("7,000 extra troops have arrived in recent days");
    expect(added.speaker).toBe("senior White House official");
  });
});

describe("a company described by its kind alone", () => {
  test("is the company the sentence opens with", () => {
    const claim = covering(extractClaims("Toyota sold 10.3 million vehicles worldwide in 2024, the carmaker said.", { scorer: () => 1 }), "10.3 million");
    expect(claim.speaker).toBe("Toyota");
  });

  test("is the last company named before", () => {
    const claim = covering(extractClaims("Volvex said on Monday it had cut 900 jobs. The company said revenue fell 8% to $2.2 billion.", { scorer: () => 1 }), "8%");
    expect(claim.speaker).toBe("Volvex");
    expect(claim.statement).toBe("Volvex said revenue fell 8% to $2.2 billion");
  });

  test("is never a state body, a group of people or a word that opens the sentence", () => {
    const claims = extractClaims("Ukraine's defence ministry said 40 drones were shot down. About 3,000 people attended the rally, organisers said. Revenue fell 8% to $2.2 billion, the company said.", { scorer: () => 1 });
    expect(covering(claims, "3,000 people").speaker).toBe("organisers");
    expect(covering(claims, "8%").speaker).toBeNull();
    expect(covering(claims, "8%").statement).toBe("The company said revenue fell 8% to $2.2 billion");
  });
});

describe("a group of people named again without its description", () => {
  test("is the group described before", () => {
    const text = "French organizers said Russian representatives would be welcome. Putin will not be invited to the ceremony, the organizers said.";
    expect(covering(extractClaims(text, { scorer: () => 1 }), "will not be invited").speaker).toBe("French organizers");
  });
});

describe("a transcript whose labels alone name the speaker", () => {
  const text =
    "HEALTH SECRETARY WES STREETING: Good morning. We have delivered 2.1 million extra appointments since July.\n\n" +
    "Q: Nearly 60,000 people waited more than 12 hours last month. Isn't that a failure?\n\n" +
    "A: Winter is always hard. Flu admissions were 4,800 a day in December.\n\n" +
    "STREETING: We have hired 1,900 more GPs since the election.\n\n" +
    "RUSSIA'S DRONE ATTACK: WHY CHINA COULD TRY IT NEXT\n\nThe plane returned safely to its base, 300 km away.";

  test("the label's name after its title speaks, and its surname later", () => {
    const claims = extractClaims(text, { scorer: () => 1 });
    expect(covering(claims, "2.1 million").speaker).toBe("Wes Streeting");
    expect(covering(claims, "1,900 more GPs").speaker).toBe("Wes Streeting");
  });

  test("the answers under 'A:' are the person labelled before the questions", () => {
    expect(covering(extractClaims(text, { scorer: () => 1 }), "4,800").speaker).toBe("Wes Streeting");
  });

  test("a headline in capitals before a colon names no one", () => {
    expect(covering(extractClaims(text, { scorer: () => 1 }), "300 km").speaker).toBeNull();
  });
});

describe("titles of the courts, the police and the fire service", () => {
  test("a sheriff's title is no part of the name, and 'he' is the sheriff", () => {
    const text = "The Ridge Fire started on Saturday. One civilian was found dead on Monday, Los Angeles County Sheriff Robert Luna said. He said 14 homes had burned.";
    const claims = extractClaims(text, { scorer: () => 1 });
    expect(covering(claims, "One civilian").speaker).toBe("Robert Luna");
    expect(covering(claims, "14 homes").speaker).toBe("Robert Luna");
  });

  test("a body's name stops before a rank and title held by a person named after it", () => {
    const text = "The fire was 12% contained, according to Cal Fire. \"It is moving fast,\" said Cal Fire Battalion Chief Marisol Reyes.";
    expect(covering(extractClaims(text, { scorer: () => 1 }), "12% contained").speaker).toBe("Cal Fire");
  });
});
