import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { CLAIM_COLUMNS, claimCsvValues, claimJson } from "@/lib/export/claim-row";
import { CSV_BOM, csvCell, csvRecord } from "@/lib/export/csv";
import { claim, verdict } from "./fixtures";

describe("CSV cells and records (RFC 4180)", () => {
  test("quotes only what needs quoting, doubles quotes, ends records with CRLF", () => {
    expect(csvRecord(["plain", 'say "hi"', "a,b", "two\nlines", "", null, undefined, 42])).toBe(
      'plain,"say ""hi""","a,b","two\nlines",,,,42\r\n',
    );
  });

  test("cells a spreadsheet would run as formulas become text", () => {
    expect(csvCell("=HYPERLINK(\"http://x\")")).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell("+1 555")).toBe("'+1 555");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
    expect(csvCell("\r=1")).toBe(`"'\r=1"`);
    expect(csvCell("a=1")).toBe("a=1");
    expect(csvCell(-3)).toBe("-3");
  });

  test("the BOM is the UTF-8 byte-order mark", () => {
    expect(Buffer.from(CSV_BOM, "utf8")).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe("claim rows", () => {
  test("a CSV parser reads back every column of a claim, non-ASCII and line breaks included", () => {
    const value = claim({ statement: "Київ: =1+1, \"quoted\"", speaker: "-General Staff" });
    const text = CSV_BOM + csvRecord(CLAIM_COLUMNS) + csvRecord(claimCsvValues(value));
    const [row] = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(row!)).toEqual([...CLAIM_COLUMNS]);
    expect(row).toMatchObject({
      claim_id: "claim-1",
      statement: "Київ: =1+1, \"quoted\"",
      speaker: "'-General Staff",
      state: "approved",
      verdict_state: "approved",
      rating: "Mostly true",
      rating_value: "4",
      rationale: "Ukraine's figures match the daily report.\n\nIndependent counts are lower.",
      checker: "Chris Checker",
      approver: "Edna Editor",
      approved_at: "2024-03-05T12:00:00.000Z",
      figures: "more than 1,000 soldiers (more_than 1000 soldiers)",
      sources: "[supports] Daily losses report, General Staff, 2024-03-03: https://gov.example/report",
      article_published_at: "2024-03-03T09:00:00.000Z",
    });
  });

  test("an unapproved verdict is labelled by its state and names no approver", () => {
    const proposed = claim({ state: "proposed", verdict: verdict({ state: "proposed", decidedBy: null, decidedAt: null }) });
    const values = Object.fromEntries(CLAIM_COLUMNS.map((column, index) => [column, claimCsvValues(proposed)[index]]));
    expect(values).toMatchObject({ state: "proposed", verdict_state: "proposed", rating: "Mostly true", approver: null, approved_at: null });
    const returned = claimJson(claim({ state: "returned", verdict: verdict({ state: "returned" }) }));
    expect(returned.verdict).toMatchObject({ state: "returned", checked: false, approver: null, decidedBy: "Edna Editor" });
  });

  test("a claim without a verdict has empty verdict columns", () => {
    const values = claimCsvValues(claim({ state: "new", verdict: null, sources: [] }));
    expect(values[CLAIM_COLUMNS.indexOf("verdict_state")]).toBe("");
    expect(values[CLAIM_COLUMNS.indexOf("rating")]).toBeUndefined();
    expect(claimJson(claim({ verdict: null })).verdict).toBeNull();
  });
});
