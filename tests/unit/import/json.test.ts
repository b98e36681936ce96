import { describe, expect, test } from "vitest";
import { corpusLines, failures, parseAll } from "./helpers";

describe(".jsonl files", () => {
  test("lines of the news corpus import as they are: date becomes publishedAt, id and country are not stored", async () => {
    const lines = corpusLines(5);
    const items = await parseAll("ukraine-news.jsonl", lines.join("\n"));
    expect(items).toHaveLength(5);
    const first = JSON.parse(lines[0]!) as { text: string };
    expect(items[0]).toEqual({
      ok: true,
      file: "ukraine-news.jsonl",
      line: 1,
      article: { text: first.text, publishedAt: new Date("2022-01-25T09:00:00Z") },
    });
    expect(items.map((item) => item.line)).toEqual([1, 2, 3, 4, 5]);
  });

  test("malformed lines are reported with their line numbers and the good lines are kept", async () => {
    const [good1, good2] = corpusLines(2);
    const bad = Buffer.concat([Buffer.from('{"text": "Kyiv said 5 drones '), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const content = Buffer.concat([
      Buffer.from(`${good1}\n{"text": "unterminated\n{"title": "no text here"}\n\n`),
      Buffer.from(`{"text": "Ukraine said 5 tanks were lost.", "date": "2022-02-30"}\n`),
      bad,
      Buffer.from(`\n[1, 2]\n{"text": "ok", "url": "ftp://example.org"}\n${good2}`),
    ]);
    const items = await parseAll("mixed.jsonl", content);
    expect(items.filter((item) => item.ok).map((item) => item.line)).toEqual([1, 9]);
    expect(failures(items)).toEqual([
      { line: 2, reason: expect.stringMatching(/^not valid JSON/) },
      { line: 3, reason: "text is missing" },
      { line: 5, reason: 'date is not a valid date: "2022-02-30"' },
      { line: 6, reason: "not valid UTF-8 text" },
      { line: 7, reason: "not an object" },
      { line: 8, reason: "URL must be a web address starting with http:// or https://" },
    ]);
  });

  test("an article over the per-article limit fails alone, naming the limit", async () => {
    const items = await parseAll("big.jsonl", `{"text": "${"x".repeat(3000)}"}\n{"text": "short one"}\n`, { maxArticleBytes: 2048 });
    expect(items[0]).toMatchObject({ ok: false, line: 1, reason: "text is 2.9 KB, over the limit of 2 KB per article (IMPORT_MAX_ARTICLE_BYTES)" });
    expect(items[1]).toMatchObject({ ok: true, line: 2 });
  });

  test("all optional fields are read, and CRLF line ends do not leak into the JSON", async () => {
    const line = JSON.stringify({ text: "Body.", title: "T", url: "https://example.org/a", outlet: "Wire", author: "A. Writer", publishedAt: "2024-05-01T10:00:00+02:00" });
    const [item] = await parseAll("one.jsonl", `${line}\r\n`);
    expect(item).toEqual({
      ok: true, file: "one.jsonl", line: 1,
      article: { text: "Body.", title: "T", url: "https://example.org/a", outlet: "Wire", author: "A. Writer", publishedAt: new Date("2024-05-01T08:00:00Z") },
    });
  });
});

describe(".json files", () => {
  test("an array of corpus objects spread over lines: each reported at the line where it starts", async () => {
    const objects = corpusLines(3).map((line) => JSON.parse(line) as object);
    const content = JSON.stringify(objects, null, 2);
    const items = await parseAll("export.json", content);
    expect(items.map((item) => item.ok)).toEqual([true, true, true]);
    // "[", then per object "{", its four fields and "}".
    expect(items.map((item) => item.line)).toEqual([2, 8, 14]);
  });

  test("brackets, braces and escaped quotes inside strings do not confuse the splitter", async () => {
    const tricky = { text: 'He said "[not] {a} \\"bracket\\"" and left ] }', title: "x" };
    const items = await parseAll("tricky.json", `[${JSON.stringify(tricky)}, {"text": "second"}]`);
    expect(items).toMatchObject([{ ok: true, article: { text: tricky.text } }, { ok: true, article: { text: "second" } }]);
  });

  test("a single object is one article; bad elements fail alone", async () => {
    expect(await parseAll("one.json", '{"text": "Only one."}')).toMatchObject([{ ok: true, line: 1, article: { text: "Only one." } }]);
    const items = await parseAll("some.json", '[\n{"text": "good"},\n{"title": "no text"},\n"a string",\n{"text": "also good"}\n]');
    expect(items.map((item) => item.ok)).toEqual([true, false, false, true]);
    expect(failures(items)).toEqual([{ line: 3, reason: "text is missing" }, { line: 4, reason: "not an object" }]);
  });

  test("an array that is never closed is reported at its last line", async () => {
    const items = await parseAll("cut.json", '[\n{"text": "good"},\n{"text": "cut off');
    expect(items[0]).toMatchObject({ ok: true, line: 2 });
    expect(failures(items)).toEqual([{ line: 3, reason: "not valid JSON (the array is not closed)" }]);
  });
});
