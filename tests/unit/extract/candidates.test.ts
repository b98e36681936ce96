import { describe, expect, test } from "vitest";
import { extractClaims } from "@/lib/extract";
import { candidatesOf } from "@/lib/extract/detector/dataset";

/** The candidate clauses the engine proposes to the detector, as text. */
function candidates(text: string): string[] {
  return candidatesOf(text).map((c) => c.text);
}

describe("candidate clauses", () => {
  test.each([
    [
      "a second subject after a plain 'and'",
      "Shelling continues across the entire front line and at least one person was killed in the town of Soledar.",
      ["Shelling continues across the entire front line", "at least one person was killed in the town of Soledar"],
    ],
    [
      "a figure with a comma in the second clause",
      "Most of Mariupol has been razed in the war and at least 20,000 people killed.",
      ["Most of Mariupol has been razed in the war", "at least 20,000 people killed"],
    ],
    [
      "a second verb of the same subject",
      "The army has recaptured dozens of villages on the southern front and struck strategic targets including bridges.",
      ["The army has recaptured dozens of villages on the southern front", "struck strategic targets including bridges"],
    ],
    [
      "a second verb of the same subject in an irregular past",
      "The agency has since charged a former minister with fraud and brought cases against two governors.",
      ["The agency has since charged a former minister with fraud", "brought cases against two governors"],
    ],
    [
      "a second verb of the same subject after 'but'",
      "Moskalyov pleaded not guilty but failed to turn up to his hearing in Yefremov on Tuesday.",
      ["Moskalyov pleaded not guilty", "failed to turn up to his hearing in Yefremov on Tuesday"],
    ],
    [
      "a second verb 'met' of the same subject",
      "The general inspected the troops at the base and met with medical staff.",
      ["The general inspected the troops at the base", "met with medical staff"],
    ],
    [
      "a second verb 'had' with its object",
      "He invented fake tenants in 2019 and had the rent paid into his own account.",
      ["He invented fake tenants in 2019", "had the rent paid into his own account"],
    ],
    [
      "a lower-case subject with its auxiliary",
      "Kyiv faces manpower shortages on the battlefield and questions remain about the strength of its fortifications.",
      ["Kyiv faces manpower shortages on the battlefield", "questions remain about the strength of its fortifications"],
    ],
    [
      "', of which'",
      "The UK has pledged almost £12bn in support to Ukraine, of which £7.1bn is for military assistance.",
      ["The UK has pledged almost £12bn in support to Ukraine", "£7.1bn is for military assistance"],
    ],
    [
      "', with' and a participle",
      "Dozens of Russian missiles struck targets across Ukraine, with the capital Kyiv enduring the heaviest barrage in months.",
      ["Dozens of Russian missiles struck targets across Ukraine", "the capital Kyiv enduring the heaviest barrage in months"],
    ],
    [
      "a comma inside closing quotation marks before 'but'",
      "The missiles were sent “in recent packages,” but the five most recent packages make no mention of them.",
      ["The missiles were sent “in recent packages", "the five most recent packages make no mention of them"],
    ],
    [
      "a concessive clause before the main clause",
      "Although the total number of births has decreased, the premature birth rate increased to 16 percent.",
      ["Although the total number of births has decreased", "the premature birth rate increased to 16 percent"],
    ],
    [
      "a second figure whose noun and verb are left out",
      "Four people died in Tuzla and two in Zenica.",
      ["Four people died in Tuzla", "two in Zenica"],
    ],
    [
      "a second figure with a qualifier, its noun and verb left out",
      "The storm killed at least 12 people in the city and more than 30 across the province.",
      ["The storm killed at least 12 people in the city", "more than 30 across the province"],
    ],
    [
      "glued sentences",
      "Drones attacked the base.A powerful explosion was heard near the airport.",
      ["Drones attacked the base", "A powerful explosion was heard near the airport"],
    ],
    [
      "a second reported clause after 'and that'",
      "Zelensky said he had signed a decree creating a Defence Industry Council and that Ukraine's defence industry now produced 1.5 million drones a year.",
      ["he had signed a decree creating a Defence Industry Council", "Ukraine's defence industry now produced 1.5 million drones a year"],
    ],
    [
      "a second verb in the progressive",
      "The Turkish Red Crescent said it had distributed 18,500 blankets and was serving 12,000 hot meals a day.",
      ["it had distributed 18,500 blankets", "was serving 12,000 hot meals a day"],
    ],
    [
      "a second reported clause after 'and said'",
      "He announced that the government would allocate UAH 40 billion to a housing programme and said 112,000 families had already received payments.",
      ["the government would allocate UAH 40 billion to a housing programme", "112,000 families had already received payments"],
    ],
    [
      "a relative clause describing the speaker",
      "Czech President Petr Pavel, who first proposed the initiative, said last week that more countries were ready to join.",
      ["Czech President Petr Pavel, who first proposed the initiative", "more countries were ready to join"],
    ],
    [
      "the clause before the speaker of an attribution about something else",
      "Putin has been seeking to strengthen ties with African countries and offered to send free grain, something the UN warned would not make up for the grain deal.",
      ["Putin has been seeking to strengthen ties with African countries", "offered to send free grain", "would not make up for the grain deal"],
    ],
  ])("%s", (_, text, expected) => {
    expect(candidates(text)).toEqual(expected);
  });

  test.each([
    "Russia and Ukraine have agreed to a prisoner exchange.",
    "Between 10 and 20 people were killed in the strike.",
    "Wages rose by between 10 and 20 in most regions last year.",
    "The armed forces and police were deployed to the border.",
    "Britain and France have sent long-range missiles.",
    "Military representatives from Turkey, Russia and Ukraine are meeting with a UN delegation in Istanbul.",
  ])("an 'and' inside one phrase stays: %s", (text) => {
    expect(candidates(text)).toHaveLength(1);
  });
});

/** The candidate clauses as written in the text (the detector reads shouted text in lower case). */
function written(text: string): string[] {
  return candidatesOf(text).map((c) => text.slice(c.start, c.start + c.text.length));
}

describe("an appositive that states a further fact is a candidate of its own", () => {
  test.each([
    [
      "a part of the whole after 'including'",
      "Since February 2022, 11,520 civilians have been killed, including 622 children, and 23,640 injured.",
      ["Since February 2022, 11,520 civilians have been killed", "including 622 children", "23,640 injured"],
    ],
    [
      "a further part after 'along with'",
      "He said 3,500 schools had been damaged or destroyed, along with 1,600 medical facilities.",
      ["3,500 schools had been damaged or destroyed", "along with 1,600 medical facilities"],
    ],
    ["a part of the whole, 'N of them'", "In July alone, 58 health facilities were hit, 10 of them in Kyiv.", ["In July alone, 58 health facilities were hit", "10 of them in Kyiv"]],
    [
      "a comparison with an earlier figure",
      "This year, 23 Allies will meet the target of spending 2% of GDP on defence, up from just three in 2014.",
      ["This year, 23 Allies will meet the target of spending 2% of GDP on defence", "up from just three in 2014"],
    ],
    [
      "a comparison after a verb in the present tense",
      "The agriculture ministry expects the 2024 grain harvest to total 56 million tonnes, down from 59.7 million tonnes last year.",
      ["The agriculture ministry expects the 2024 grain harvest to total 56 million tonnes", "down from 59.7 million tonnes last year"],
    ],
    [
      "a change stated as a noun",
      "Defence spending had risen to £64.6 billion this financial year, an increase of £2.9 billion.",
      ["Defence spending had risen to £64.6 billion this financial year", "an increase of £2.9 billion"],
    ],
    [
      "an earlier figure after 'against'",
      "By June, 58% of adults had been vaccinated, against 71% a year earlier.",
      ["By June, 58% of adults had been vaccinated", "against 71% a year earlier"],
    ],
    [
      "an earlier figure after 'after'",
      "Output grew 2.1% in 2024, after an estimated 4.5% the year before.",
      ["Output grew 2.1% in 2024", "after an estimated 4.5% the year before"],
    ],
    [
      "a target the figure falls short of",
      "Only 62% of trains ran on time, below the national target of 90%.",
      ["Only 62% of trains ran on time", "below the national target of 90%"],
    ],
    [
      "forces counted alongside the others",
      "Some 40,000 troops gathered near the border, alongside 300 tanks.",
      ["Some 40,000 troops gathered near the border", "alongside 300 tanks"],
    ],
    [
      "a figure of its own after 'with'",
      "The appeal was only 20% funded, with $3 million received so far.",
      ["The appeal was only 20% funded", "with $3 million received so far"],
    ],
    [
      "a figure for each item",
      "The council installed 12 pumps, each able to move up to 5,000 litres an hour.",
      ["The council installed 12 pumps", "each able to move up to 5,000 litres an hour"],
    ],
    [
      "a place described by a figure",
      "The bodies were found in Selo, a hamlet of about 80 people.",
      ["The bodies were found in Selo", "a hamlet of about 80 people"],
    ],
    [
      "a superlative",
      "At least 219 civilians were killed in Ukraine in July, the highest monthly toll since October 2022.",
      ["At least 219 civilians were killed in Ukraine in July", "the highest monthly toll since October 2022"],
    ],
    [
      "a participle with a figure of its own, after a part of the whole",
      "Ukraine finished the Paris Olympics with 12 medals, three of them gold, placing 22nd in the medal table.",
      ["Ukraine finished the Paris Olympics with 12 medals", "three of them gold", "placing 22nd in the medal table"],
    ],
  ])("%s", (_, text, expected) => {
    expect(candidates(text)).toEqual(expected);
  });

  test("a break that needs no verb before it keeps needing none when the appositive pattern also matches", () => {
    expect(candidates("The budget foresees revenues of UAH 2.05 trillion, leaving a deficit equal to 19.4% of gross domestic product.")).toEqual([
      "The budget foresees revenues of UAH 2.05 trillion",
      "leaving a deficit equal to 19.4% of gross domestic product",
    ]);
  });

  test.each([
    "In July alone, including 12 in Kyiv, the attacks were the heaviest of the year.",
    "The US and EU step up their supplies of heavy weapons to Kyiv, allowing it to stage a two-pronged fightback.",
    "The HARMs have a range of 30 miles, making them one of the longer-range weapons the US has provided to Ukraine.",
    "Talks resumed in Geneva, after two days of delays.",
    "Firefighters were sent to the valley, supported by aircraft.",
    "Kyiv was hit by missiles, with the capital worst affected.",
    "The army seized the town, a key hub of the region.",
  ])("not after a phrase without a verb, nor before a number that is part of a word or 'one of the': %s", (text) => {
    expect(candidates(text)).toHaveLength(1);
  });
});

describe("items of a list of quantities", () => {
  test("a calibre ('155mm') is part of an item, not an item of its own", () => {
    const accepted = extractClaims("The package includes 100,000 155mm artillery shells, more than 1 million rounds of ammunition and 12 Bradley fighting vehicles.", { scorer: () => 1 });
    expect(accepted.map((c) => c.text)).toEqual(["The package includes 100,000 155mm artillery shells", "more than 1 million rounds of ammunition", "12 Bradley fighting vehicles"]);
  });
});

describe("a gapped list", () => {
  test("each item that repeats the first one's preposition is a claim from its own subject", () => {
    const accepted = extractClaims("Wheat accounted for 2.3 million tonnes, corn for 2.1 million tonnes and barley for 310,000 tonnes.", { scorer: () => 1 });
    expect(accepted.map((c) => c.text)).toEqual(["Wheat accounted for 2.3 million tonnes", "corn for 2.1 million tonnes", "barley for 310,000 tonnes"]);
    expect(accepted.map((c) => c.statement)).toEqual(["Wheat accounted for 2.3 million tonnes", "Corn accounted for 2.1 million tonnes", "Barley accounted for 310,000 tonnes"]);
  });

  test("each item of a name and its figure is a claim whose statement borrows the first item's verb", () => {
    const results = extractClaims("The People's Party took 34.7%, the Social Democrats 15.9% and the liberal NEOS 5.1%.", { scorer: () => 1 });
    expect(results.map((c) => c.text)).toEqual(["The People's Party took 34.7%", "the Social Democrats 15.9%", "the liberal NEOS 5.1%"]);
    expect(results.map((c) => c.statement)).toEqual(["The People's Party took 34.7%", "The Social Democrats took 15.9%", "The liberal NEOS took 5.1%"]);
    const supply = extractClaims("Norway supplied 30% of the gas, Qatar 11% and the United States 20%.", { scorer: () => 1 });
    expect(supply.map((c) => c.statement)).toEqual(["Norway supplied 30% of the gas", "Qatar supplied 11%", "The United States supplied 20%"]);
  });

  test("with no verb before the first figure to borrow, an item reads as itself", () => {
    const seats = extractClaims("The Freedom Party would have 10 seats, up from seven, the Social Democrats six, Liste Fritz four and the Greens two.", { scorer: () => 1 });
    expect(seats.find((c) => c.text === "Liste Fritz four")?.statement).toBe("Liste Fritz four");
  });
});

describe("candidate clauses of odd lines", () => {
  test.each([
    ["an emoji used as a bullet before a figure", "Overnight strikes.\n\n📍 Dnipro: 3 killed, 14 injured", ["Overnight strikes", "Dnipro: 3 killed", "14 injured"]],
    ["an opening attribution after an emoji", "🚀 According to Ukraine's air force, Russia fired 38 missiles overnight.", ["Russia fired 38 missiles overnight"]],
    ["sentences glued after a number", "The death toll has risen to 12.Another 43 people were wounded.", ["The death toll has risen to 12", "Another 43 people were wounded"]],
    ["a live blog's time stamp", "10:42 Ukraine's air force says it shot down 31 of 38 drones overnight.", ["it shot down 31 of 38 drones overnight"]],
    [
      "a long speaker phrase closing the sentence",
      "Attendance at the Paris Games reached 9.5 million spectators, the Paris 2024 organising committee said.",
      ["Attendance at the Paris Games reached 9.5 million spectators"],
    ],
    [
      "a speaker closing a sentence that holds a quote, with an adverbial after the verb",
      "The MV Brave Commander departs from Pivdennyi and will sail to Djibouti “for delivery to Ethiopia”, Ukraine’s infrastructure ministry says on Telegram.",
      ["The MV Brave Commander departs from Pivdennyi and will sail to Djibouti “for delivery to Ethiopia”"],
    ],
    [
      "a news flash in capitals, its toll and its speaker",
      "Live updates\n\nBREAKING: RUSSIAN GUIDED BOMB HITS KHARKIV SUPERMARKET, AT LEAST 9 KILLED, REGIONAL GOVERNOR SAYS",
      ["RUSSIAN GUIDED BOMB HITS KHARKIV SUPERMARKET", "AT LEAST 9 KILLED"],
    ],
    [
      "a clause after ', as' with its own subject and verb",
      "The conflict in eastern Ukraine remains the focus of the talks, as Russian forces continue their siege of Mariupol.",
      ["The conflict in eastern Ukraine remains the focus of the talks", "Russian forces continue their siege of Mariupol"],
    ],
  ])("%s", (_, text, expected) => {
    expect(written(text)).toEqual(expected);
  });

  test("a prompt to join a channel is no candidate", () => {
    expect(candidates("Fighting continued near Kupiansk.\n\nJOIN US ON TELEGRAM! Follow our coverage of the war on the @Kyivpost_official.")).toEqual(["Fighting continued near Kupiansk"]);
  });

  test("the items under a heading of links to other stories are no candidates", () => {
    const links = "Related:\n• EU agrees €50bn Ukraine Facility after Hungary lifts veto\n• Zelensky signs mobilisation law lowering conscription age to 25";
    const items = "• 27 drones launched from Kursk";
    expect(candidates(`Fighting continued near Kupiansk.\n\n${links}\n\n${items}`)).toEqual(["Fighting continued near Kupiansk", "27 drones launched from Kursk"]);
  });

  test("a press release's closing notes (the issuer's boilerplate and contacts) are no candidates", () => {
    const news = "OSLO, 20 January 2025 – The alliance repaired 6,400 homes in Kharkiv region last year.\n\nIt will deliver 2,000 generators before March, its director said.";
    const notes = "About the Nordic Shelter Alliance\n\nThe alliance works in 31 countries and has reached more than 40 million people since its founding in 1994.\n\nMedia contact: press@nsa.example";
    expect(candidates(`${news}\n\n${notes}`)).toEqual(["The alliance repaired 6,400 homes in Kharkiv region last year", "It will deliver 2,000 generators before March"]);
    expect(candidates(`${news}\n\nNotes to editors\n\nThe alliance was founded in 1994 and employs 310 people.`)).toEqual(["The alliance repaired 6,400 homes in Kharkiv region last year", "It will deliver 2,000 generators before March"]);
  });

  test("a journalist's turn in a briefing's transcript is no candidate, the answer is", () => {
    const transcript =
      "Q (Politico Europe): There are reports that Russia is producing three times more artillery shells than the United States. Can Allies catch up?\n\nSECRETARY GENERAL: Allies have signed contracts for 2.4 billion euros of ammunition this year.";
    expect(candidates(transcript)).toEqual(["Allies have signed contracts for 2.4 billion euros of ammunition this year"]);
  });

  test("'About' opens closing notes only as a heading of its own, late in the text", () => {
    expect(candidates("About 2,100 firefighters were battling the blaze on Sunday.\n\nThe fire destroyed 40 homes.")).toEqual(["About 2,100 firefighters were battling the blaze on Sunday", "The fire destroyed 40 homes"]);
    expect(candidates("About the strike\n\nThe strike destroyed 40 homes in Sumy on Sunday.\n\nRescuers found 12 people alive.")).toEqual(["The strike destroyed 40 homes in Sumy on Sunday", "Rescuers found 12 people alive"]);
  });

  test("a table's note keeps its claim without the label, and its list of sources is no candidate", () => {
    const notes = "Note: In 2022 real GDP fell by 28.8%.\nSources: State Statistics Service of Ukraine; National Bank of Ukraine; author's calculations.";
    expect(written(notes)).toEqual(["In 2022 real GDP fell by 28.8%"]);
  });

  test("a newsletter widget is no candidate", () => {
    const widget = "skip past newsletter promotion Sign up to Headlines UK Free newsletter Get the day’s headlines emailed direct to you every morning Enter your email address Sign up Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.";
    expect(candidates(`Fighting continued near Kupiansk.\n\n${widget}`)).toEqual(["Fighting continued near Kupiansk"]);
  });

  test("a short line without a verb is a scrap only after a speaker", () => {
    expect(candidates("Inflation at 12%.")).toEqual(["Inflation at 12%"]);
  });

  test("', as' before a phrase stays", () => {
    expect(candidates("Germany sent 40 Marder vehicles, as part of a package agreed in January.")).toHaveLength(1);
  });
});

describe("statements of the clauses split off", () => {
  test.each([
    ["Russian shelling killed 11 people and wounded 34, among them three children.", "among them three children", "Russian shelling killed 11 people and wounded 34, among them three children"],
    ["At least 1,400 people were injured, 213 of them seriously.", "213 of them seriously", "At least 1,400 people were injured, 213 of them seriously"],
    ["Ukraine exported 4.9 million tonnes of grain in October, up 12% from September.", "up 12% from September", "Ukraine exported 4.9 million tonnes of grain in October, up 12% from September"],
  ])("an appositive split off reads with the clause it adds to: %s", (text, quote, statement) => {
    expect(extractClaims(text).find((c) => c.text === quote)?.statement).toBe(statement);
  });

  test("an absolute phrase after ', with' keeps its clause", () => {
    const statements = new Map(extractClaims("Russian forces shelled the city on Monday, with the bombardment killing 12 people and wounding 30 others.").map((c) => [c.text, c.statement]));
    expect(statements.get("the bombardment killing 12 people")).toBe("Russian forces shelled the city on Monday, with the bombardment killing 12 people");
    // A participle after "and" takes the clause before it without the "and".
    expect(statements.get("wounding 30 others")).toBe("Russian forces shelled the city on Monday, with the bombardment killing 12 people, wounding 30 others");
  });

  test("a second verb takes the subject of the first", () => {
    const claim = extractClaims("Ukraine's army has recaptured dozens of villages on the southern front and struck strategic targets including bridges in recent weeks.").find((c) => c.text.startsWith("struck"));
    expect(claim?.statement).toBe("Ukraine's army struck strategic targets including bridges in recent weeks");
  });
});
