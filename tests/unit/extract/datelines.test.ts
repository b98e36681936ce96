import { describe, expect, test } from "vitest";
import { type ExtractedClaim, extractClaims, findDateline, parseDatelineAt } from "@/lib/extract";

function covering(claims: ExtractedClaim[], words: string): ExtractedClaim {
  const claim = claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim with ${JSON.stringify(words)} in ${JSON.stringify(claims.map((c) => c.text))}`);
  return claim;
}

describe("parseDatelineAt", () => {
  test.each([
    ["ODESA (Reuters) — Port cranes were idle.", "ODESA (Reuters) —", { place: "ODESA", outlet: "Reuters", date: null }],
    ["BERLIN (AP) — Germany will send tanks.", "BERLIN (AP) —", { place: "BERLIN", outlet: "AP", date: null }],
    ["Lviv, 12 March 2023 — Air raid sirens sounded.", "Lviv, 12 March 2023 —", { place: "Lviv", outlet: null, date: "2023-03-12" }],
    ["PARIS, Oct 4 (Reuters) - France summoned the envoy.", "PARIS, Oct 4 (Reuters) -", { place: "PARIS", outlet: "Reuters", date: "--10-04" }],
    ["CHICAGO, March 7, 2025 /PRNewswire/ -- Acme Inc. reported sales.", "CHICAGO, March 7, 2025 /PRNewswire/ --", { place: "CHICAGO", outlet: "PRNewswire", date: "2025-03-07" }],
    ["GOMEL, 3 May (BelTA) –The harvest began early.", "GOMEL, 3 May (BelTA) –", { place: "GOMEL", outlet: "BelTA", date: "--05-03" }],
    ["(MENAFN- Interfax-Ukraine) The central bank kept its rate.", "(MENAFN- Interfax-Ukraine)", { place: null, outlet: "Interfax-Ukraine", date: null }],
    ["TBILISI, Georgia (AP) — Protesters gathered.", "TBILISI, Georgia (AP) —", { place: "TBILISI, Georgia", outlet: "AP", date: null }],
    ["WARSAW — Poland closed a border crossing.", "WARSAW —", { place: "WARSAW", outlet: null, date: null }],
    ["GENEVA/KYIV — At least 219 civilians were killed.", "GENEVA/KYIV —", { place: "GENEVA/KYIV", outlet: null, date: null }],
    ["LONDON/WARSAW, Oct 14 - Benchmark gas prices fell.", "LONDON/WARSAW, Oct 14 -", { place: "LONDON/WARSAW", outlet: null, date: "--10-14" }],
    ["OSLO / KYIV, 20 January 2025 – The alliance repaired 6,400 homes.", "OSLO / KYIV, 20 January 2025 –", { place: "OSLO / KYIV", outlet: null, date: "2025-01-20" }],
    ["Jan 5 (Reuters) - Tesla shares rose 4% in premarket trading.", "Jan 5 (Reuters) -", { place: null, outlet: "Reuters", date: "--01-05" }],
    ["Jan. 5 (Reuters) - Tesla shares rose.", "Jan. 5 (Reuters) -", { place: null, outlet: "Reuters", date: "--01-05" }],
    ["5 January (Reuters) - Tesla shares rose.", "5 January (Reuters) -", { place: null, outlet: "Reuters", date: "--01-05" }],
    ["(Bloomberg) -- Tesla shares rose.", "(Bloomberg) --", { place: null, outlet: "Bloomberg", date: null }],
    ["(CNN)- The talks ended.", "(CNN)-", { place: null, outlet: "CNN", date: null }],
    ["BEIJING/HONG KONG, Jan 5 (Reuters) - China's exports rose.", "BEIJING/HONG KONG, Jan 5 (Reuters) -", { place: "BEIJING/HONG KONG", outlet: "Reuters", date: "--01-05" }],
    ["NEW YORK (Reuters Breakingviews) - Tesla is cheap.", "NEW YORK (Reuters Breakingviews) -", { place: "NEW YORK", outlet: "Reuters Breakingviews", date: null }],
    ["BERLIN, 4. März (dpa) - Germany recorded 1.2 million births.", "BERLIN, 4. März (dpa) -", { place: "BERLIN", outlet: "dpa", date: "--03-04" }],
    ["PARIS, 12 décembre 2024 (AFP) - La France a voté.", "PARIS, 12 décembre 2024 (AFP) -", { place: "PARIS", outlet: "AFP", date: "2024-12-12" }],
    ["MADRID, 4 marzo (EFE) - España creció.", "MADRID, 4 marzo (EFE) -", { place: "MADRID", outlet: "EFE", date: "--03-04" }],
    ["JABLANICA, Bosnia and Herzegovina — The death toll rose to 24.", "JABLANICA, Bosnia and Herzegovina —", { place: "JABLANICA", outlet: null, date: null }],
  ])("%j", (line, dateline, fields) => {
    const found = parseDatelineAt(line);
    expect(found && line.slice(found.start, found.end)).toBe(dateline);
    expect(found).toMatchObject(fields);
  });

  test("an outlet's name alone on its line is a byline", () => {
    expect(parseDatelineAt("BBC —")).toMatchObject({ place: null, outlet: "BBC" });
  });

  test.each([
    "The head of the Ministry (MFA) said on Monday that 20 people died.",
    "Poland, Hungary and Slovakia — three neighbours — reacted differently.",
    "Kyiv said on Monday that 14 drones were shot down.",
    "NATO foreign ministers met in Brussels (Belgium) on Tuesday.",
    "12 March 2023 — a date to remember.",
    "(Applause.) — And we will not stop.",
  ])("ordinary prose is not a dateline: %j", (line) => {
    expect(parseDatelineAt(line)).toBeNull();
  });

  test("a dateline is found on one of the first lines, after a headline", () => {
    const text = "Drones hit fuel depot\n\nSEVASTOPOL (Reuters) — A fuel depot burned for hours after a drone attack.";
    const dateline = findDateline(text);
    expect(dateline && text.slice(dateline.start, dateline.end)).toBe("SEVASTOPOL (Reuters) —");
  });

  test("a dateline is found after a headline, a byline and a date line", () => {
    const text = "Floods cut off villages in the north\n\nBy Ana Costa\nTuesday, 19 August 2025\n\nVILA REAL, Portugal — Floods cut off 12 villages on Monday.";
    const dateline = findDateline(text);
    expect(dateline && text.slice(dateline.start, dateline.end)).toBe("VILA REAL, Portugal —");
    expect(extractClaims(text).every((c) => !c.text.startsWith("VILA REAL"))).toBe(true);
  });

  test("only the opening of a long line is read", () => {
    expect(parseDatelineAt(`${"A".repeat(100_000)} (X) — text`)).toBeNull();
  });
});

describe("datelines in extraction", () => {
  test.each([
    "VILNIUS (Reuters) — Lithuania expelled three Russian diplomats on Thursday.",
    "Dnipro, 14 January 2023 — A Russian missile destroyed an apartment block, killing 46 people.",
    "ROME, Feb 2 (Reuters) - Italy approved a sixth package of weapons for Ukraine worth 150 million euros.",
    "SEOUL, June 1, 2024 /PRNewswire/ -- The company shipped 2.3 million units in the first quarter.",
    "GRODNO, 9 July (BelTA) –Exports of dairy products grew by 11% in the first half of the year.",
    "Jan 5 (Reuters) - Tesla shares rose 4% in premarket trading.",
    "5 January (Reuters) - Tesla shares rose 4% in premarket trading.",
    "(Bloomberg) -- Tesla shares rose 4% in premarket trading.",
    "BEIJING/HONG KONG, Jan 5 (Reuters) - China's exports rose 10.7% in December.",
    "NEW DELHI/MUMBAI, Jan 5 (Reuters) - India's services activity grew at the fastest pace in 14 years, with the PMI rising to 61.2 in December.",
    "BERLIN, 4. März (dpa) - Germany recorded 1.2 million births last year.",
  ])("a one-paragraph wire story keeps its claims, none starting with the dateline: %j", (text) => {
    const claims = extractClaims(text);
    expect(claims.length).toBeGreaterThan(0);
    const end = findDateline(text)?.end ?? 0;
    expect(end).toBeGreaterThan(0);
    for (const claim of claims) {
      expect(claim.start).toBeGreaterThanOrEqual(end);
      expect(parseDatelineAt(claim.statement)).toBeNull();
      expect(claim.statement).toMatch(/^\p{Lu}/u);
    }
  });

  test("the dash closing a dateline is not read as an attribution", () => {
    const claims = extractClaims("KHARKIV (Reuters) — Russian shelling killed four civilians on Sunday, the regional governor said.");
    const claim = covering(claims, "killed four civilians");
    expect(claim.speaker).not.toMatch(/^[-–—]|KHARKIV|Reuters/);
    expect(claim.text.startsWith("Russian shelling")).toBe(true);
  });
});

describe("a page holding a further story", () => {
  test("the later story's dateline opens no claim, and a bare capital word with a dash later on is prose", () => {
    const text =
      "Belarus marked Victory Day with parades in 120 towns.\n\nSubscribe to us on Twitter\n\nMINSK, 7 May (BelTA) - Belarus should be ready for any scenario, Alexander Lukashenko said.\n\nNATO — the alliance of 32 states — held drills near the border.";
    const claims = extractClaims(text, { scorer: () => 1 });
    expect(covering(claims, "ready for any scenario").text).toBe("Belarus should be ready for any scenario");
    expect(claims.some((c) => c.text.startsWith("NATO"))).toBe(true);
  });
});
