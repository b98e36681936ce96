import { describe, expect, test } from "vitest";
import { type ExtractedClaim, extractClaims, textFaults } from "@/lib/extract";

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
  ])("a leading connector (%s) leaves the statement and the quote", (_, text) => {
    const [claim] = extractClaims(text);
    expect(claim).toBeDefined();
    expect(textFaults(claim?.text ?? "", "quote")).toEqual([]);
    expect(textFaults(claim?.statement ?? "", "statement")).toEqual([]);
    expect(claim?.statement).not.toMatch(/^\p{Ll}/u);
  });

  test("the reported clause after 'that' is capitalised and names its source", () => {
    const claims = extractClaims("The regional governor Vitaliy Kim said that three people were killed in a strike on Mykolaiv.");
    const claim = covering(claims, "three people were killed");
    expect(claim.text).toBe("three people were killed in a strike on Mykolaiv");
    expect(claim.statement).toBe("According to Vitaliy Kim, three people were killed in a strike on Mykolaiv");
  });

  test("'its forces' takes the name of the body that speaks", () => {
    const claim = covering(extractClaims("Moldova said its forces had detained 14 smugglers near the Transnistrian border."), "detained 14 smugglers");
    expect(claim.text.startsWith("its forces")).toBe(true);
    expect(claim.statement).toBe("According to Moldova, Moldova’s forces had detained 14 smugglers near the Transnistrian border");
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

  test("quotation marks, bullets and emoji never reach the statement, while the quote keeps the text as written", () => {
    const text = "• “Nine civilians were evacuated from Vovchansk 🙏 on Wednesday,” the police said.";
    const [claim] = extractClaims(text);
    expect(claim?.text).toBe(text.slice(claim?.start ?? 0, claim?.end ?? 0));
    expect(claim?.statement).toBe("According to the police, nine civilians were evacuated from Vovchansk on Wednesday");
  });

  test("an all-capitals sentence reads in sentence case", () => {
    const [claim] = extractClaims("UKRAINIAN FORCES SHOT DOWN 31 DRONES OVER ODESA OVERNIGHT.");
    expect(claim?.statement.startsWith("Ukrainian forces shot down 31 drones")).toBe(true);
  });
});

describe("textFaults", () => {
  test.each([
    ["And 12 tanks were lost", "statement", ["connector"]],
    ["that 12 tanks were lost", "statement", ["connector", "lower case"]],
    ["ODESA (Reuters) — 12 tanks were lost", "statement", ["dateline"]],
    ["12 tanks were lost", "statement", []],
    ["twelve tanks were lost", "quote", []],
    ["twelve tanks were lost", "statement", ["lower case"]],
    ["That attack killed 12", "statement", []],
    ["As a result of shelling, 12 homes burned", "statement", []],
    ["While the talks went on, 12 homes burned", "statement", []],
  ] as const)("%j as a %s", (text, kind, faults) => {
    expect(textFaults(text, kind)).toEqual(faults);
  });
});
