/**
 * Lexicons and pure conversions used by the figure scanner. The lexicons are Maps, not objects: an
 * object looked up by a word cut from an article goes through V8's table of interned strings, many
 * times slower than a Map, and would answer "constructor" with a function.
 */

export const UNITS_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
}));

export const TENS_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));

export const SCALE_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, mil: 1e6, bn: 1e9, b: 1e9, bln: 1e9, tn: 1e12, trn: 1e12,
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
}));

/** Abbreviated scales are only scales when glued to a number or directly after it ("$5m", "5 bn"). */
export const SHORT_SCALES = new Set(["k", "m", "mn", "mln", "mil", "bn", "b", "bln", "tn", "trn"]);

/** "hundreds of", "tens of thousands of": recognised, but no exact value. */
export const VAGUE_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  dozens: 12, scores: 20, tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
}));

export const DENOMINATORS: ReadonlyMap<string, number> = new Map(Object.entries({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5,
  fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9,
  tenth: 10, tenths: 10,
}));

export const MONTHS = new Set(
  (
    "january february march april may june july august september october november december " +
    "jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);

export const TIME_UNITS = new Set(
  "second seconds minute minutes hour hours day days week weeks month months year years decade decades century centuries night nights".split(" "),
);

/** Nouns whose plural does not end in "s" or that are counted without a plural. */
export const IRREGULAR_COUNT_NOUNS = new Set(
  "people aircraft personnel children men women police staff equipment ammunition artillery military troops cattle livestock fish sheep".split(" "),
);

/** Singular nouns after "one" that make it a count rather than a pronoun ("one of", "one day"). */
export const SINGULAR_COUNT_NOUNS = new Set(
  (
    "person civilian soldier child man woman tank aircraft drone missile helicopter ship plane jet vessel boat " +
    "rocket shell officer journalist refugee village town city"
  ).split(" "),
);

/** "sixfold", "tenfold", "hundredfold". */
export const FOLD_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  twofold: 2, threefold: 3, fourfold: 4, fivefold: 5, sixfold: 6, sevenfold: 7, eightfold: 8, ninefold: 9,
  tenfold: 10, twelvefold: 12, twentyfold: 20, fiftyfold: 50, hundredfold: 100, thousandfold: 1000,
}));

/** Verbs that state a multiple by themselves: "prices tripled". */
export const MULTIPLE_VERBS: ReadonlyMap<string, number> = new Map(Object.entries({
  doubled: 2, doubling: 2, tripled: 3, trebled: 3, tripling: 3, quadrupled: 4, quadrupling: 4, quintupled: 5, halved: 0.5, halving: 0.5,
}));

/** Multiples before what they multiply: "double the number reported in 2023", "to halve its output". */
export const MULTIPLE_BEFORE_DETERMINER: ReadonlyMap<string, number> = new Map(Object.entries({ double: 2, triple: 3, treble: 3, quadruple: 4, halve: 0.5 }));

const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** "¹⁵" as 15, or null when the text is not all superscript digits. */
export function superscriptNumber(text: string): number | null {
  let value = 0;
  for (const ch of text) {
    const digit = SUPERSCRIPT_DIGITS.indexOf(ch);
    if (digit < 0) return null;
    value = value * 10 + digit;
  }
  return text.length > 0 ? value : null;
}

/** Parses a digit token as produced by the tokenizer ("11,743", "5.3"). */
export function parseDigits(raw: string): number {
  return Number(raw.replace(/,/g, ""));
}

/** Rounds away floating-point noise from scaling ("1.2" × 1e6). */
export function tidy(value: number): number {
  if (!Number.isFinite(value)) return value;
  const abs = Math.abs(value);
  if (abs >= 1) return Number(value.toPrecision(12));
  return Math.round(value * 1e4) / 1e4;
}
