import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { CLAIM_THRESHOLD, extractClaims } from "@/lib/extract";
import { shippedDetector } from "@/lib/extract/detector";
import { candidatesOf, ct24Examples, parseCheckworthyTsv } from "@/lib/extract/detector/dataset";
import { type Candidate, DEFAULT_FEATURE_OPTIONS, type Genre, featurize } from "@/lib/extract/detector/features";
import { phrasesOf } from "@/lib/extract/detector/lexicon";
import { Detector, decodeModel, encodeModel, type WeightsFile } from "@/lib/extract/detector/model";
import { DEFAULT_TRAIN_OPTIONS, fitPlatt, trainDetector } from "@/lib/extract/detector/train";
import weightsFile from "@/lib/extract/detector/weights.json";

const detector = shippedDetector();

/** The engine's candidate for a one-sentence text, or the sentence itself when the engine proposes none (a question). */
function candidate(sentence: string): Candidate {
  return candidatesOf(sentence)[0] ?? { text: sentence, start: 0, figures: [], attributed: false, quoted: false };
}

const score = (sentence: string, genre: Genre): number => detector.score(candidate(sentence), genre);

// Written for these tests, in the style of CT24 debates and of news copy; none is in the training data.
const CHECKWORTHY: [string, Genre][] = [
  ["Unemployment fell to 3.5 percent last year, the lowest rate in fifty years.", "speech"],
  ["We cut taxes for 80 million families and created 6 million new jobs.", "speech"],
  ["He voted against the bill three times when he was in the Senate.", "speech"],
  ["The state spent $2 billion on prisons in 2019.", "speech"],
  ["Russian forces fired 40 missiles at Kyiv overnight, killing 12 civilians.", "news"],
  ["The European Union approved a €50 billion aid package for Ukraine on Thursday.", "news"],
];
const NOT_CHECKWORTHY: [string, Genre][] = [
  ["I think this is the most important election of our lifetime.", "speech"],
  ["We will continue to stand with our friends and allies.", "speech"],
  ["This is a disgrace and the American people deserve better.", "speech"],
  ["Thank you very much for having me tonight.", "speech"],
  ["What are you going to do about it?", "speech"],
  ["Why won't he answer the question?", "speech"],
  ["We will continue to stand with our friends and allies.", "news"],
];

describe("shipped detector", () => {
  test("the weights file decodes into a full table with a calibration per genre", () => {
    const { model } = detector;
    expect(model.weights.length).toBe(1 << model.features.bits);
    expect(model.weights.some((w) => w !== 0)).toBe(true);
    for (const genre of ["news", "speech"] as const) expect(Number.isFinite(model.calibration[genre].a)).toBe(true);
  });

  test.each(CHECKWORTHY)("check-worthy: %s (%s)", (sentence, genre) => {
    expect(score(sentence, genre)).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
  });

  test.each(NOT_CHECKWORTHY)("not check-worthy: %s (%s)", (sentence, genre) => {
    expect(score(sentence, genre)).toBeLessThan(CLAIM_THRESHOLD);
  });

  test("deterministic: the same input, a second detector from the same file, a second run of the engine", () => {
    const text = "Russia has lost nearly 24,000 soldiers, more than 1,000 tanks and around 500 artillery systems, the ministry said. Kyiv hopes for peace.";
    const again = new Detector(decodeModel(weightsFile as WeightsFile));
    for (const c of candidatesOf(text)) {
      expect(detector.score(c)).toBe(detector.score(c));
      expect(again.score(c)).toBe(detector.score(c));
      expect(again.margin(c, "speech")).toBe(detector.margin(c, "speech"));
    }
    expect(extractClaims(text)).toEqual(extractClaims(text));
  });

  test("scoring from the file's 16-bit weights gives the very margins of its 32-bit weights", () => {
    const text = "Russia has lost nearly 24,000 soldiers, more than 1,000 tanks and around 500 artillery systems, the ministry said. Kyiv hopes for peace.";
    const { quantised: _quantised, ...floats } = detector.model;
    const fromFloats = new Detector(floats);
    expect(detector.model.quantised).toBeDefined();
    for (const c of candidatesOf(text)) for (const genre of ["news", "speech"] as const) expect(fromFloats.margin(c, genre)).toBe(detector.margin(c, genre));
  });

  test("claims carry the calibrated probability as their score", () => {
    const [claim] = extractClaims("The European Union approved a €50 billion aid package for Ukraine on Thursday.");
    expect(claim?.score).toBe(score("The European Union approved a €50 billion aid package for Ukraine on Thursday.", "news"));
  });
});

describe("threshold", () => {
  const fixtures = path.resolve(import.meta.dirname, "../../fixtures/claims-dev");
  const texts = ["seed-2023-11-29-nato-foreign-ministers.json", "seed-2024-04-03-nato-security-assistance.json"].map(
    (f) => (JSON.parse(readFileSync(path.join(fixtures, f), "utf8")) as { text: string }).text,
  );

  test("a higher threshold keeps a subset of the claims of a lower one", () => {
    for (const text of texts) {
      let previous: Set<string> | null = null;
      for (const threshold of [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95]) {
        const claims = extractClaims(text, { threshold });
        for (const c of claims) expect(c.score).toBeGreaterThanOrEqual(threshold);
        const spans = new Set(claims.map((c) => `${c.start}:${c.end}`));
        if (previous) for (const span of spans) expect(previous.has(span)).toBe(true);
        previous = spans;
      }
    }
    expect(extractClaims(texts[0] ?? "", { threshold: 0.05 }).length).toBeGreaterThan(extractClaims(texts[0] ?? "", { threshold: 0.95 }).length);
  });

  test("the default is CLAIM_THRESHOLD; a threshold that is not a number falls back to it", () => {
    const text = texts[1] ?? "";
    const plain = extractClaims(text);
    expect(extractClaims(text, { threshold: CLAIM_THRESHOLD })).toEqual(plain);
    for (const odd of [Number.NaN, Number.POSITIVE_INFINITY, "0.1" as unknown as number, null as unknown as number]) {
      expect(extractClaims(text, { threshold: odd })).toEqual(plain);
    }
    expect(extractClaims(text, null as unknown as undefined)).toEqual(plain);
  });
});

describe("never throws", () => {
  const junk = ["", " ", "\u0000\uffff\ud800", "?".repeat(5000), "Ā".repeat(3000), "İSTANBUL İS BIG. ".repeat(50), "9".repeat(20000), "“".repeat(1000)];

  test.each(junk.map((j, i) => [i, j]))("junk %i", (_, text) => {
    expect(Array.isArray(extractClaims(text))).toBe(true);
    expect(Array.isArray(candidatesOf(text))).toBe(true);
    for (const genre of ["news", "speech"] as const) {
      const p = detector.score({ text, start: 0, figures: [], attributed: true, quoted: true }, genre);
      expect(p).toBeGreaterThanOrEqual(0);
      expect(p).toBeLessThanOrEqual(1);
    }
  });

  test("a scorer that fails is contained", () => {
    expect(extractClaims("Russia lost 300 tanks.", { scorer: () => { throw new Error("broken"); } })).toEqual([]);
  });
});

describe("training", () => {
  const rows = parseCheckworthyTsv(readFileSync(path.resolve(import.meta.dirname, "../../../../shared/datasets/ct24-checkworthy-train.tsv"), "utf8")).slice(0, 500);
  const features = { ...DEFAULT_FEATURE_OPTIONS, bits: 14 };

  test("reproducible: the same 500 rows and seed give the same weights file, another seed another", () => {
    const train = (seed: number) => {
      const examples = ct24Examples(rows, { features, newsWeight: 1 });
      return JSON.stringify(encodeModel(trainDetector(examples, features, { ...DEFAULT_TRAIN_OPTIONS, epochs: 3, seed }).model));
    };
    const first = train(7);
    expect(train(7)).toBe(first);
    expect(train(8)).not.toBe(first);
  });

  test("features are the same on every call", () => {
    const c = candidate("The state spent $2 billion on prisons in 2019.");
    expect(featurize(c, features, "speech")).toEqual(featurize(c, features, "speech"));
    expect(featurize(c, features, "news")).not.toEqual(featurize(c, features, "speech"));
  });

  test("Platt scaling recovers a known calibration", () => {
    // Margins whose true probability is sigmoid(2z - 1), labels drawn deterministically.
    const points = Array.from({ length: 2000 }, (_, i) => {
      const z = (i % 200) / 20 - 5;
      const p = 1 / (1 + Math.exp(-(2 * z - 1)));
      return { z, y: ((i * 0.6180339887) % 1 < p ? 1 : 0) as 0 | 1 };
    });
    const { a, b } = fitPlatt(points);
    expect(a).toBeGreaterThan(1.6);
    expect(a).toBeLessThan(2.4);
    expect(b).toBeGreaterThan(-1.5);
    expect(b).toBeLessThan(-0.5);
  });

  test("cue lexicons are read from the engine's patterns, finite parts only", () => {
    const phrases = (re: RegExp) => phrasesOf(re).map((w) => w.join(" ")).sort();
    expect(phrases(/\b(killed|mobili[sz]ed|carried out)\b/)).toEqual(["carried out", "killed", "mobilised", "mobilized"]);
    expect(phrases(/\b(plans? to|vow(ed|s)? to|(?:is|are) due to)\b/)).toEqual(["are due to", "is due to", "plan to", "plans to", "vow to", "vowed to", "vows to"]);
    expect(phrases(/\b(hope|accus(?:e|ed) [a-z ]{1,40}? of|congratulat\w*)\b/)).toEqual(["hope"]);
  });
});
