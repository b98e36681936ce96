import { describe, expect, test } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { CLAIM_TYPES, QUALIFIERS as QUALIFIER_NAMES } from "@/lib/extract";

const FIXTURE_DIR = path.resolve(import.meta.dirname, "../fixtures/claims-dev");
/** A second labelling of some development-set articles, for `npm run eval:agreement`. */
const AGREEMENT_DIR = path.resolve(import.meta.dirname, "../fixtures/claims-agreement");
const SHARED_PARENT = path.resolve(import.meta.dirname, "../../..");
const DATASET_SOURCE = "shared/datasets/ukraine-news-447.jsonl";
/** Articles composed for the set: the text lives only in the fixture. */
const WRITTEN_SOURCE = "written";

const TYPES = new Set<string>(CLAIM_TYPES);
const QUALIFIERS = new Set<string>(QUALIFIER_NAMES);

interface Figure {
  value: unknown;
  unit: unknown;
  qualifier: unknown;
}
interface Claim {
  start: number;
  end: number;
  quote: string;
  type: string;
  speaker: unknown;
  statement: unknown;
  figures: Figure[];
}
interface Fixture {
  id: string;
  source: string;
  text: string;
  claims: Claim[];
}

const jsonFiles = (dir: string): string[] =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort();
const files = jsonFiles(FIXTURE_DIR);
const agreementFiles = jsonFiles(AGREEMENT_DIR);

let datasetTexts: Map<string, string> | undefined;
function datasetText(id: string): string | undefined {
  if (!datasetTexts) {
    datasetTexts = new Map();
    const raw = fs.readFileSync(path.join(SHARED_PARENT, DATASET_SOURCE), "utf8");
    for (const line of raw.split("\n")) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string };
      datasetTexts.set(row.id, row.text);
    }
  }
  return datasetTexts.get(id);
}

function sourceText(source: string): string | undefined {
  const seed = /^shared\/seeds\/([^/]+\.txt)$/.exec(source)?.[1];
  if (seed) return fs.readFileSync(path.join(SHARED_PARENT, "shared/seeds", seed), "utf8");
  if (source.startsWith(DATASET_SOURCE + "#")) {
    return datasetText(source.slice(DATASET_SOURCE.length + 1));
  }
  return undefined;
}

function load(file: string, dir = FIXTURE_DIR): Fixture {
  return JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as Fixture;
}

describe("claims-dev fixtures", () => {
  test("there are at least 60 labelled articles", () => {
    expect(files.length).toBeGreaterThanOrEqual(60);
  });

  test("the second labelling covers articles of the development set, with the same text", () => {
    expect(agreementFiles.length).toBeGreaterThanOrEqual(20);
    for (const file of agreementFiles) {
      expect(files, file).toContain(file);
      const first = load(file);
      const second = load(file, AGREEMENT_DIR);
      expect(second.id).toBe(first.id);
      expect(second.source).toBe(first.source);
      expect(second.text === first.text, `${file}: text differs from the development set's`).toBe(true);
    }
  });

  const labelled = [...files.map((file) => ({ folder: "claims-dev", file, dir: FIXTURE_DIR })), ...agreementFiles.map((file) => ({ folder: "claims-agreement", file, dir: AGREEMENT_DIR }))];
  describe.each(labelled)("$folder/$file", ({ file, dir }) => {
    const fx = load(file, dir);

    test("has id, source and text", () => {
      expect(typeof fx.id).toBe("string");
      expect(typeof fx.source).toBe("string");
      expect(typeof fx.text).toBe("string");
      expect(Array.isArray(fx.claims)).toBe(true);
    });

    test("text equals the source text exactly", () => {
      // A written article's text is the fixture's own: there is no source to compare with.
      if (fx.source === WRITTEN_SOURCE) {
        expect(fx.text.trim().length).toBeGreaterThan(0);
        return;
      }
      const expected = sourceText(fx.source);
      expect(expected, `unknown source ${fx.source}`).toBeDefined();
      expect(fx.text === expected).toBe(true);
    });

    test("id matches the source", () => {
      if (fx.source === WRITTEN_SOURCE) {
        expect(fx.id).toBe(file.replace(/\.json$/, ""));
        return;
      }
      const seed = /^shared\/seeds\/([^/]+)\.txt$/.exec(fx.source)?.[1];
      if (seed) expect(fx.id).toBe(`seed-${seed}`);
      else expect(fx.source).toBe(`${DATASET_SOURCE}#${fx.id}`);
    });

    test("every quote is the text between start and end", () => {
      for (const c of fx.claims) {
        expect(Number.isInteger(c.start) && Number.isInteger(c.end)).toBe(true);
        expect(c.start).toBeGreaterThanOrEqual(0);
        expect(c.start).toBeLessThan(c.end);
        expect(c.end).toBeLessThanOrEqual(fx.text.length);
        expect(fx.text.slice(c.start, c.end)).toBe(c.quote);
      }
    });

    test("types, figures and qualifiers are valid", () => {
      for (const c of fx.claims) {
        expect(TYPES.has(c.type), `type ${c.type} in "${c.quote}"`).toBe(true);
        expect(c.speaker === null || typeof c.speaker === "string").toBe(true);
        expect(typeof c.statement).toBe("string");
        expect(Array.isArray(c.figures)).toBe(true);
        for (const f of c.figures) {
          expect(f.value === null || (typeof f.value === "number" && Number.isFinite(f.value))).toBe(true);
          expect(f.unit === null || typeof f.unit === "string").toBe(true);
          expect(
            f.qualifier === null || QUALIFIERS.has(f.qualifier as string),
            `qualifier ${String(f.qualifier)} in "${c.quote}"`,
          ).toBe(true);
        }
      }
    });

    test("claims are sorted by start and no two share a span", () => {
      const spans = new Set<string>();
      let prev = -1;
      for (const c of fx.claims) {
        expect(c.start).toBeGreaterThanOrEqual(prev);
        prev = c.start;
        const key = `${c.start}:${c.end}`;
        expect(spans.has(key), `duplicate span ${key}`).toBe(false);
        spans.add(key);
      }
    });
  });
});
