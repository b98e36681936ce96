import { describe, expect, test } from "vitest";
import { corpusLines, failures, parseAll } from "./helpers";

function csvField(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

describe(".csv files", () => {
  test("corpus rows with RFC 4180 quoting (commas, quotes, line breaks in fields) import as they are", async () => {
    const rows = corpusLines(3).map((line) => JSON.parse(line) as { id: string; date: string; country: string; text: string });
    const content = ["id,date,country,text", ...rows.map((row) => [row.id, row.date, row.country, csvField(row.text)].join(","))].join("\r\n");
    const items = await parseAll("corpus.csv", content);
    expect(items.map((item) => item.ok && item.article.text)).toEqual(rows.map((row) => row.text));
    expect(items[0]).toMatchObject({ line: 2, article: { publishedAt: new Date("2022-01-25T09:00:00Z") } });
    // Each row starts after the line breaks inside the previous row's text.
    const breaks = rows[0]!.text.split("\n").length - 1;
    expect(items[1]?.line).toBe(3 + breaks);
  });

  test("a row without text, an invalid date and a line that is not UTF-8 fail alone with their line numbers", async () => {
    const content = Buffer.concat([
      Buffer.from('title,text,publishedAt,outlet\nGood,"Ukraine said 5 tanks were lost.",2024-01-02,Wire\nNo text,,2024-01-02,Wire\n'),
      Buffer.from('Bad date,"Kyiv, again",yesterday,\nBroken,"Caf'),
      Buffer.from([0xe9]),
      Buffer.from('",2024-01-02,\n"Also good","Russia said 3\nships were hit.",,\n'),
    ]);
    const items = await parseAll("rows.csv", content);
    expect(items.filter((item) => item.ok).map((item) => [item.line, item.ok && item.article.text])).toEqual([
      [2, "Ukraine said 5 tanks were lost."],
      [6, "Russia said 3\nships were hit."],
    ]);
    expect(failures(items)).toEqual([
      { line: 3, reason: "text is missing" },
      { line: 4, reason: 'publishedAt is not a valid date: "yesterday"' },
      { line: 5, reason: "not valid UTF-8 text" },
    ]);
  });

  test("a header without a text column is reported once", async () => {
    expect(failures(await parseAll("wrong.csv", "title,body\nA,B\nC,D\n"))).toEqual([{ line: 1, reason: 'the header row has no "text" column' }]);
  });
});
