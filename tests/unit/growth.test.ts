import { describe, expect, test } from "vitest";
import { countStringWork, GROWTH, LINEAR_BOUND, workGrowth } from "@/tests/support/growth";

const words = (length: number) => "Russia lost 300 tanks and ".repeat(Math.ceil(length / 26));

/** The ways the engine could scan a text again and again, each quadratic in the text's length. */
const quadratic: [string, (text: string) => void][] = [
  ["a regular expression run from the start for every word", (text) => {
    const word = /\w+/g;
    for (let match = word.exec(text); match; match = word.exec(text)) /\d+$/.test(text.slice(0, word.lastIndex));
  }],
  ["indexOf from the start inside a loop", (text) => {
    for (let at = text.indexOf(" "); at >= 0; at = text.indexOf(" ", at + 1)) text.indexOf("\u0000");
  }],
  ["the rest of the text sliced for every word", (text) => {
    for (let at = 0; at < text.length; at += 26) text.slice(at).match(/tanks/);
  }],
  ["split and lower-cased again for every sentence", (text) => {
    for (const _ of text.split(".")) text.toLowerCase();
  }],
];

describe("counting the work of string built-ins", () => {
  test("a single scan grows with its input", () => {
    const growth = workGrowth(words, 2000, (text) => text.replace(/\d+/g, "#").split(/\s+/).map((word) => word.toLowerCase()));
    expect(growth).toBeGreaterThan(GROWTH * 0.9);
    expect(growth).toBeLessThan(GROWTH * 1.1);
  });

  test.each(quadratic)("rescanning is rejected: %s", (_, run) => {
    const text = (length: number) => words(length).replace(/and /g, "and. ");
    expect(workGrowth(text, 2000, run)).toBeGreaterThan(LINEAR_BOUND);
  });

  test("the count is the same every time", () => {
    const run = () => words(5000).match(/t\w+/g);
    expect(countStringWork(run)).toBe(countStringWork(run));
  });

  test("the built-ins are restored afterwards, even when the function throws", () => {
    const exec = RegExp.prototype.exec;
    const slice = String.prototype.slice;
    expect(() => countStringWork(() => { throw new Error("boom"); })).toThrow("boom");
    expect(RegExp.prototype.exec).toBe(exec);
    expect(String.prototype.slice).toBe(slice);
  });
});
