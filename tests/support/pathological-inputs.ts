/**
 * Inputs that would expose catastrophic backtracking or quadratic loops in the extraction engine,
 * each a function of its length in characters. Shared by the work-counting unit tests and the
 * timed complexity tests.
 */
const PARAGRAPH =
  "NATO Secretary General Jens Stoltenberg said Russia had lost more than 300,000 people, hundreds of aircraft and thousands of tanks. “We remain steadfast,” he said. The Secretary-General said Ukraine has recaptured half of the territory.\n\n";

export const ARTICLE_INPUTS: [name: string, make: (length: number) => string][] = [
  ["digits", (length) => "7".repeat(length)],
  ["commas", (length) => ",".repeat(length)],
  ["digit groups without end", (length) => "1,000".repeat(Math.ceil(length / 5))],
  ["one endless identifier of letters and digits", (length) => `Report ${"a1".repeat(Math.ceil(length / 2))} was filed.`],
  ["deeply nested quotes", (length) => "“He said “she said “they said ".repeat(Math.ceil(length / 60)) + "”".repeat(Math.ceil(length / 60))],
  ["one endless sentence of words", (length) => "Russia lost more than 300 tanks and ".repeat(Math.ceil(length / 36))],
  ["capitalised words without end", (length) => "Seven Jens Stoltenberg Minister ".repeat(Math.ceil(length / 32))],
  ["one endless concessive clause", (length) => "Although the army has advanced, ".repeat(Math.ceil(length / 32))],
  ["one endless run of clauses after ', with' and ', of which'", (length) => "the army pledged £5bn, of which £2bn, with the troops advancing ".repeat(Math.ceil(length / 65))],
  ["a long article of ordinary paragraphs", (length) => PARAGRAPH.repeat(Math.ceil(length / PARAGRAPH.length))],
  ["a long article where ever more bodies speak under acronyms it never spells out", manyAcronymSpeakers],
];

/** "The BBA said 100 tanks were lost. The BBB said 101 tanks were lost. ...": each sentence a new body. */
function manyAcronymSpeakers(length: number): string {
  let text = "";
  for (let k = 0; text.length < length; k++) text += `The ${acronym(k)} said ${(k % 900) + 100} tanks were lost. `;
  return text;
}

/** The k-th of "BBA", "BBB", ..., "BBZ", "BCA", ...: capitals only, three or more of them. */
function acronym(k: number): string {
  let letters = "";
  for (let n = k + 26 * 27; n > 0; n = Math.floor(n / 26)) letters = String.fromCharCode(65 + (n % 26)) + letters;
  return letters;
}

/** Long runs of what the type rules look for around a clause's verbs. */
export const CLAUSE_INPUTS: [name: string, make: (length: number) => string][] = ["after ", ", enabling", "a-", "bypass", "launched "].map((run) => [
  JSON.stringify(run),
  (length: number) => run.repeat(Math.ceil(length / run.length)) + " sanctions",
]);
