import { describe, expect, test } from "vitest";
import { parseDatedHeader, splitSentences } from "@/lib/extract";

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

describe("splitSentences", () => {
  test("abbreviations do not end sentences", () => {
    expect(sentences("Mr. Biden met Gen. Milley in the U.S. capital. They talked.")).toEqual([
      "Mr. Biden met Gen. Milley in the U.S. capital.",
      "They talked.",
    ]);
  });

  test("a dotted acronym before a sentence opener does end one", () => {
    expect(sentences("Aid came from the U.S. The EU followed.")).toEqual(["Aid came from the U.S.", "The EU followed."]);
  });

  test("decimals do not end sentences", () => {
    expect(sentences("Output fell 5.3 percent. Prices rose 1.2 points.")).toEqual([
      "Output fell 5.3 percent.",
      "Prices rose 1.2 points.",
    ]);
  });

  test("a quote spanning sentences splits inside the quote and keeps the closing mark", () => {
    const text = "NATO Secretary General Jens Stoltenberg said, “We remain steadfast in our commitment to Ukraine. We are determined that Ukraine will one day sit at this table.” Ministers then left.";
    expect(sentences(text)).toEqual([
      "NATO Secretary General Jens Stoltenberg said, “We remain steadfast in our commitment to Ukraine.",
      "We are determined that Ukraine will one day sit at this table.”",
      "Ministers then left.",
    ]);
  });

  test("a question inside a quote followed by lower case continues the sentence", () => {
    expect(sentences("“Is it true?” he asked. Nobody answered.")).toEqual(["“Is it true?” he asked.", "Nobody answered."]);
  });

  test("line breaks always end a sentence; a missing space after a full stop too", () => {
    expect(sentences("NATO ministers meet\n\nRussia attacked.He said so.")).toEqual(["NATO ministers meet", "Russia attacked.", "He said so."]);
  });

  test("a missing space before or after an acronym ends a sentence; dotted abbreviations do not", () => {
    expect(sentences("Morawiecki went to the top.EU leaders were greeted by Macron.")).toEqual(["Morawiecki went to the top.", "EU leaders were greeted by Macron."]);
    expect(sentences("He was captured by the SBU.A photo was shared. The NATO.The alliance met.")).toEqual(["He was captured by the SBU.", "A photo was shared.", "The NATO.", "The alliance met."]);
    expect(sentences("Exports to the U.S.A. rose. See nato.int for details. Read e.g.UN reports.")).toEqual(["Exports to the U.S.A. rose.", "See nato.int for details.", "Read e.g.UN reports."]);
  });

  test("offsets index the original text, and the dated header is skipped", () => {
    const text = " date 2023-11-29 Ministers met. Talks ended.";
    const spans = splitSentences(text);
    expect(spans[0]?.start).toBe(text.indexOf("Ministers"));
    expect(sentences(text)).toEqual(["Ministers met.", "Talks ended."]);
  });
});

describe("parseDatedHeader", () => {
  test("reads the date token", () => {
    const text = " date 2023-11-29 NATO Secretary General Jens Stoltenberg reiterated support.";
    expect(parseDatedHeader(text)).toEqual({ date: "2023-11-29", bodyStart: " date 2023-11-29".length });
  });

  test("returns null without a header", () => {
    expect(parseDatedHeader("NATO ministers met on 2023-11-29.")).toBeNull();
    expect(parseDatedHeader("")).toBeNull();
  });
});

test("'pop.' and 'ca.' before a number abbreviate; 'pop.' before a capital ends a sentence", () => {
  const text = "Tiny Chechnya (pop. 1.2 million) won de facto independence. Fans love pop. The band played ca. 300 concerts.";
  expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
    "Tiny Chechnya (pop. 1.2 million) won de facto independence.",
    "Fans love pop.",
    "The band played ca. 300 concerts.",
  ]);
});
