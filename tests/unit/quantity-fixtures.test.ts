import { describe, expect, test } from "vitest";
import fs from "node:fs";
import path from "node:path";

// Shape checks for the quantity gold set; the rules behind the labels are in GUIDELINES.md there.
const FIXTURE_DIR = path.resolve(import.meta.dirname, "../fixtures/quantities");
const SHARED_PARENT = path.resolve(import.meta.dirname, "../../..");
const DATASET_SOURCE = "shared/datasets/ukraine-news-447.jsonl";

const MIN_SENTENCES = 450;
const MIN_QUANTITIES = 650;
const MIN_DATASET_SENTENCES = 140;

const QUALIFIERS = new Set(["exact", "more_than", "at_least", "about", "nearly", "up_to", "less_than", "range", null]);
const KINDS = new Set(["level", "change", "multiple"]);
const DIRECTIONS = new Set(["up", "down", null]);
const PERIODS = new Set(["day", "week", "month", "year", "cumulative", null]);
const CURRENCIES = new Set([
  "USD", "EUR", "GBP", "GBX", "MYR", "AUD", "UAH", "RUB", "JPY", "CNY", "INR", "SGD", "HKD", "KRW", "TWD", "PHP", "PLN",
]);
const MEASURES = new Set([
  "percent", "percentage_points", "basis_points", "share", "times", "ratio", "points", "magnitude",
  "mm", "cm", "m", "km", "nm", "km2", "mi2", "inches", "feet", "miles", "nautical miles", "light years", "hectares",
  "mg", "g", "kg", "µg", "lb", "tonnes", "litres", "m3", "mmol/L", "ppm",
  "mph", "km/h", "km/s", "knots", "celsius", "fahrenheit", "degrees",
  "seconds", "minutes", "hours", "days", "weeks", "years",
  "GB", "TB", "Mbps", "Gbps", "GHz", "Hz", "mAh", "W", "MW", "MJ", "fps", "megapixels",
]);
// A counted noun: lower-case words, plural as normalised (see GUIDELINES.md), e.g. "people", "aircraft carriers".
const COUNTED_NOUN = /^[a-zà-ÿ]+(?:[ -][a-zà-ÿ]+)*$/;
const REF_DATE = /^(?:\d{4}|-)-(\d{2})-(\d{2})$/;
const ID = /^[a-z]+-\d{4}$/;

interface Quantity {
  start: number;
  end: number;
  text: string;
  value: number | null;
  low: number | null;
  high: number | null;
  unit: string | null;
  qualifier: string | null;
  kind: string;
  direction: string | null;
  period: string | null;
  refDate: string | null;
}
interface Row {
  id: string;
  source: string;
  text: string;
  quantities: Quantity[];
}

const files = fs
  .readdirSync(FIXTURE_DIR)
  .filter((f) => f.endsWith(".jsonl"))
  .sort();

function lines(file: string): string[] {
  return fs
    .readFileSync(path.join(FIXTURE_DIR, file), "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "");
}

const rowsByFile = new Map<string, Row[]>(files.map((f) => [f, lines(f).map((l) => JSON.parse(l) as Row)]));
const allRows = [...rowsByFile.values()].flat();

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

function isNumberOrNull(v: unknown): boolean {
  return v === null || (typeof v === "number" && Number.isFinite(v));
}

function isValidUnit(unit: unknown): boolean {
  if (unit === null) return true;
  if (typeof unit !== "string") return false;
  if (CURRENCIES.has(unit) || MEASURES.has(unit) || COUNTED_NOUN.test(unit)) return true;
  // A price or exchange rate: currency per something ("USD/barrel", "EUR/MWh", "RUB/USD").
  const parts = unit.split("/");
  if (parts.length !== 2) return false;
  const [num, den] = parts as [string, string];
  return CURRENCIES.has(num) && (CURRENCIES.has(den) || MEASURES.has(den) || /^[A-Za-z]+$/.test(den));
}

function isValidRefDate(d: unknown): boolean {
  if (d === null) return true;
  if (typeof d !== "string") return false;
  const m = REF_DATE.exec(d);
  if (!m) return false;
  const month = Number(m[1]);
  const day = Number(m[2]);
  const year = d.startsWith("--") ? 2024 : Number(d.slice(0, 4));
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe("quantity gold set", () => {
  test("has the guidelines and several source kinds", () => {
    expect(fs.existsSync(path.join(FIXTURE_DIR, "GUIDELINES.md"))).toBe(true);
    expect(files.length).toBeGreaterThanOrEqual(6);
    expect(files).toContain("war-corpus.jsonl");
  });

  test(`holds at least ${MIN_SENTENCES} sentences and ${MIN_QUANTITIES} quantities`, () => {
    const quantities = allRows.reduce((n, r) => n + r.quantities.length, 0);
    expect(allRows.length).toBeGreaterThanOrEqual(MIN_SENTENCES);
    expect(quantities).toBeGreaterThanOrEqual(MIN_QUANTITIES);
  });

  test("ids are unique across files and no sentence appears twice", () => {
    const ids = new Set<string>();
    const texts = new Set<string>();
    for (const r of allRows) {
      expect(ids.has(r.id), `duplicate id ${r.id}`).toBe(false);
      ids.add(r.id);
      expect(texts.has(r.text), `duplicate text in ${r.id}`).toBe(false);
      texts.add(r.text);
    }
  });

  test("has negative sentences, with no quantity at all", () => {
    expect(allRows.filter((r) => r.quantities.length === 0).length).toBeGreaterThanOrEqual(30);
  });

  describe.each(files)("%s", (file) => {
    test("every line is a JSON object with id, source, text and quantities", () => {
      for (const [i, line] of lines(file).entries()) {
        let row: Row | undefined;
        expect(() => (row = JSON.parse(line) as Row), `line ${i + 1} is not JSON`).not.toThrow();
        expect(typeof row?.id === "string" && ID.test(row.id), `line ${i + 1}: id`).toBe(true);
        expect(typeof row?.source).toBe("string");
        expect(typeof row?.text === "string" && row.text.length > 0).toBe(true);
        expect(Array.isArray(row?.quantities)).toBe(true);
      }
    });

    const rows = rowsByFile.get(file) ?? [];

    test("ids share one prefix per file", () => {
      const prefixes = new Set(rows.map((r) => r.id.split("-")[0]));
      expect(prefixes.size).toBe(1);
    });

    test("every quantity's text is the slice between start and end", () => {
      for (const r of rows) {
        for (const q of r.quantities) {
          expect(Number.isInteger(q.start) && Number.isInteger(q.end), r.id).toBe(true);
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.start).toBeLessThan(q.end);
          expect(q.end).toBeLessThanOrEqual(r.text.length);
          expect(r.text.slice(q.start, q.end), r.id).toBe(q.text);
        }
      }
    });

    test("quantities are sorted by start and do not overlap", () => {
      for (const r of rows) {
        let prevEnd = 0;
        for (const q of r.quantities) {
          expect(q.start, r.id).toBeGreaterThanOrEqual(prevEnd);
          prevEnd = q.end;
        }
      }
    });

    test("fields take allowed values", () => {
      for (const r of rows) {
        for (const q of r.quantities) {
          const where = `${r.id} "${q.text}"`;
          expect(isNumberOrNull(q.value) && isNumberOrNull(q.low) && isNumberOrNull(q.high), `${where}: numbers`).toBe(true);
          expect(isValidUnit(q.unit), `${where}: unit ${String(q.unit)}`).toBe(true);
          expect(QUALIFIERS.has(q.qualifier), `${where}: qualifier ${String(q.qualifier)}`).toBe(true);
          expect(KINDS.has(q.kind), `${where}: kind ${String(q.kind)}`).toBe(true);
          expect(DIRECTIONS.has(q.direction), `${where}: direction ${String(q.direction)}`).toBe(true);
          expect(PERIODS.has(q.period), `${where}: period ${String(q.period)}`).toBe(true);
          expect(isValidRefDate(q.refDate), `${where}: refDate ${String(q.refDate)}`).toBe(true);
        }
      }
    });

    test("value, low, high and qualifier agree; direction goes with kind", () => {
      for (const r of rows) {
        for (const q of r.quantities) {
          const where = `${r.id} "${q.text}"`;
          if (q.qualifier === "range") {
            expect(q.value === null && q.low !== null && q.high !== null && q.low < q.high, `${where}: range`).toBe(true);
          } else if (q.qualifier === null) {
            expect(q.value === null && q.low !== null && q.high === null, `${where}: vague magnitude`).toBe(true);
          } else {
            expect(q.value !== null && q.low === null && q.high === null, `${where}: single value`).toBe(true);
          }
          if (q.kind === "level") expect(q.direction, where).toBeNull();
          else expect(q.direction, where).not.toBeNull();
          expect(q.kind === "multiple", `${where}: multiples and unit "times" go together`).toBe(q.unit === "times");
        }
      }
    });
  });

  describe("war-corpus.jsonl", () => {
    const rows = rowsByFile.get("war-corpus.jsonl") ?? [];

    test(`holds at least ${MIN_DATASET_SENTENCES} dataset sentences from many articles`, () => {
      expect(rows.length).toBeGreaterThanOrEqual(MIN_DATASET_SENTENCES);
      expect(new Set(rows.map((r) => r.source)).size).toBeGreaterThanOrEqual(100);
    });

    test("every sentence is copied exactly from its article", () => {
      for (const r of rows) {
        expect(r.source.startsWith(DATASET_SOURCE + "#"), r.id).toBe(true);
        const article = datasetText(r.source.slice(DATASET_SOURCE.length + 1));
        expect(article, `unknown source ${r.source}`).toBeDefined();
        expect(article?.includes(r.text), `${r.id} is not in its article`).toBe(true);
      }
    });
  });

  test("composed sentences say so", () => {
    for (const [file, rows] of rowsByFile) {
      if (file === "war-corpus.jsonl") continue;
      for (const r of rows) expect(r.source, r.id).toBe("composed");
    }
  });
});
