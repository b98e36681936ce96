import { normalizeUnit, type FigureLike } from "./figures";

export interface GroupableClaim {
  statement: string;
  type: string;
  speaker?: string | null;
  /** The sentence as published: names the engine left out of the statement (the UN) still count. */
  quote?: string;
  figures: readonly FigureLike[];
}

export interface FigureGroupSpec {
  /** subject:measure:unit, stable across runs so regrouping finds the same row. */
  key: string;
  label: string;
  type: "casualties" | "military" | "economic" | "humanitarian" | "aid";
  unit: string;
  /** Running totals only grow; a later lower total contradicts the trend. */
  cumulative: boolean;
}

export interface GroupMatch {
  group: FigureGroupSpec;
  /** Index of the claim's figure that the group tracks. */
  figureIndex: number;
}

const PEOPLE_UNITS = new Set([null, "people", "troops", "civilians", "children", "losses", "casualties", "victims", "bodies", "men", "refugees", "deaths", "dead"]);
const CURRENCIES = new Set(["USD", "EUR", "GBP"]);

const has = (text: string, pattern: RegExp) => pattern.test(text);

const KILLED = /\b(killed|died|dead|deaths?|death toll|lives|fatalities|perished|lost)\b/;
const WOUNDED = /\b(injured|wounded|injuries)\b/;
const LOSSES = /\b(losses|casualties|killed|dead|died)\b|\blost\b[^.]{0,40}\b(soldiers|troops|servicemen|personnel)\b/;
const OTHER_WARS = /\b(sudan|gaza|israel|syria|yemen|venezuelans?)\b/;
const TOTAL = /\b(so far|since|total|toll|overall|to date|in all|recorded|verified|confirmed|the war has|the conflict has|has lost|have lost|have been killed|has killed)\b/;
const UN = /\b(un|u\.n\.|united nations|ohchr|human rights monitoring mission|un human rights)\b/;
const RUSSIAN = /\b(russian|russia’s|russia's|russia|moscow’s|moscow's|moscow|kremlin’s|kremlin)\b/;
const UKRAINIAN = /\b(ukrainian|ukraine’s|ukraine's|kyiv’s|kyiv's)\b/;
const SOLDIERS = /\b(soldiers?|troops|servicemen|service members|personnel|military|army|fighters)\b/;
const MASSED = /\b(massed|amassed|deployed|gathered|concentrated|stationed|build-?up|built up|mobili[sz]ing|surrounded|near the border|on the border|along the border|at the border|near ukraine|around ukraine|border)\b/;
const GRAIN = /\b(grain|wheat|corn|maize|barley|agricultural products|foodstuffs?)\b/;
const EXPORTS = /\b(export(s|ed)?|shipped|shipments?|left|sailed|departed|corridor)\b/;
const PER_DAY = /\b(per day|a day|each day|every day|daily|last day|in a day)\b/;
const PER_MONTH = /\b(per month|a month|each month|monthly|every month)\b/;
const REFUGEES = /\b(refugees?|fled|fleeing|displaced)\b/;
const AID = /\b(aid|assistance|package|support|pledged|donat(e|ed|ion)|funding|weapons)\b/;

const DONORS: [RegExp, string, string][] = [
  [/\b(united states|u\.s\.|us|washington|pentagon|biden|white house|congress)\b/, "us", "US"],
  [/\b(uk|britain|british|london|united kingdom)\b/, "uk", "UK"],
  [/\b(eu|european union|brussels|european commission)\b/, "eu", "EU"],
  [/\b(germany|german|berlin)\b/, "germany", "German"],
];

function figureIndex(figures: readonly FigureLike[], accept: (unit: string | null) => boolean): number {
  // Vague figures ("thousands of") have a lower bound only and cannot be placed on a timeline.
  return figures.findIndex((figure) => (figure.value != null || (figure.low != null && figure.high != null)) && accept(normalizeUnit(figure.unit)));
}

/** Measures that are running totals; the measure is the third part of a group key. */
const CUMULATIVE_MEASURES = new Set(["deaths", "injuries", "losses", "exports", "fled", "total"]);

export function isCumulativeKey(key: string): boolean {
  return CUMULATIVE_MEASURES.has(key.split(":")[2] ?? "");
}

function group(key: string, label: string, type: FigureGroupSpec["type"], unit: string): FigureGroupSpec {
  return { key, label, type, unit, cumulative: isCumulativeKey(key) };
}

/** The figure a claim contributes to a group's timeline; a reviewer may have put it in a group no rule would choose. */
export function trackedFigureIndex(claim: GroupableClaim, groupKey: string, groupUnit: string | null): number {
  const match = figureGroupFor(claim);
  if (match && match.group.key === groupKey) return match.figureIndex;
  const wanted = normalizeUnit(groupUnit);
  const sameUnit = figureIndex(claim.figures, (unit) => unit === wanted || (wanted === "people" && PEOPLE_UNITS.has(unit)));
  return sameUnit >= 0 ? sameUnit : figureIndex(claim.figures, () => true);
}

/** A reviewer's own group: keyed by its label so the same label twice is the same group. */
export function customGroupKey(label: string): string {
  const slug = label.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `custom:${slug || "group"}`;
}

/**
 * Which tracked figure a claim states, from the engine's figures and units and the subject and
 * measure words around them: "Russia has lost 30,000 soldiers" → Russian military personnel losses.
 * Claims that fit no known subject stay ungrouped rather than landing in a vague group.
 */
export function figureGroupFor(claim: GroupableClaim): GroupMatch | null {
  const text = `${claim.statement} ${claim.quote ?? ""} ${claim.speaker ?? ""}`.toLowerCase();
  if (OTHER_WARS.test(text)) return null;
  const units = claim.figures.map((figure) => normalizeUnit(figure.unit));
  const people = figureIndex(claim.figures, (unit) => PEOPLE_UNITS.has(unit));

  if (people >= 0 && (units[people] === "civilians" || /\bcivilians?\b/.test(text)) && has(text, KILLED) && has(text, TOTAL)) {
    return has(text, UN)
      ? { group: group("casualties:civilians-un:deaths:people", "Civilian deaths verified by the UN", "casualties", "people"), figureIndex: people }
      : { group: group("casualties:civilians:deaths:people", "Civilian deaths", "casualties", "people"), figureIndex: people };
  }
  if (people >= 0 && (units[people] === "civilians" || /\bcivilians?\b/.test(text)) && has(text, WOUNDED) && has(text, TOTAL)) {
    return { group: group("casualties:civilians:injuries:people", "Civilians injured", "casualties", "people"), figureIndex: people };
  }
  if (people >= 0 && (units[people] === "children" || /\bchildren\b/.test(text)) && has(text, KILLED) && has(text, TOTAL)) {
    return { group: group("casualties:children:deaths:people", "Children killed", "casualties", "people"), figureIndex: people };
  }
  const soldierUnit = figureIndex(claim.figures, (unit) => unit === "troops" || unit === "losses" || unit === "casualties" || unit === null);
  if (soldierUnit >= 0 && (has(text, SOLDIERS) || units[soldierUnit] === "troops" || units[soldierUnit] === "losses") && has(text, LOSSES)) {
    // A daily rate is not a running total: it gets its own group.
    const [measure, suffix] = has(text, PER_DAY) ? ["losses-per-day", " per day"] : ["losses", ""];
    if (has(text, RUSSIAN) && !/\bukrainian (soldiers|troops|servicemen|forces)\b/.test(text)) {
      return { group: group(`casualties:russian-military:${measure}:people`, `Russian military personnel losses${suffix}`, "casualties", "people"), figureIndex: soldierUnit };
    }
    if (has(text, UKRAINIAN)) {
      return { group: group(`casualties:ukrainian-military:${measure}:people`, `Ukrainian military personnel losses${suffix}`, "casualties", "people"), figureIndex: soldierUnit };
    }
  }
  if (soldierUnit >= 0 && units[soldierUnit] === "troops" && has(text, RUSSIAN) && has(text, MASSED) && !has(text, LOSSES)) {
    return { group: group("military:russian-troops-border:deployed:people", "Russian troops massed near Ukraine", "military", "people"), figureIndex: soldierUnit };
  }
  const tonnes = figureIndex(claim.figures, (unit) => unit === "tonnes");
  if (tonnes >= 0 && has(text, GRAIN) && has(text, EXPORTS)) {
    return has(text, PER_MONTH)
      ? { group: group("economic:ukraine-grain:exports-per-month:tonnes", "Ukrainian grain exports per month", "economic", "tonnes"), figureIndex: tonnes }
      : { group: group("economic:ukraine-grain:exports:tonnes", "Ukrainian grain exports", "economic", "tonnes"), figureIndex: tonnes };
  }
  const refugees = figureIndex(claim.figures, (unit) => unit === "refugees" || unit === "people" || unit === null);
  if (refugees >= 0 && has(text, REFUGEES) && /\bukrain/.test(text) && (units[refugees] === "refugees" || /\b(have|has|had) fled\b|\brefugees\b/.test(text)) && has(text, TOTAL)) {
    return { group: group("humanitarian:ukraine-refugees:fled:people", "Refugees from Ukraine", "humanitarian", "people"), figureIndex: refugees };
  }
  const money = figureIndex(claim.figures, (unit) => unit !== null && CURRENCIES.has(unit));
  if (money >= 0 && has(text, AID) && /\bukrain/.test(text)) {
    const donor = DONORS.find(([pattern]) => pattern.test(text));
    const unit = units[money]!;
    if (!donor) return null;
    return has(text, TOTAL)
      ? { group: group(`aid:${donor[1]}-to-ukraine:total:${unit}`, `${donor[2]} aid to Ukraine, total (${unit})`, "aid", unit), figureIndex: money }
      : { group: group(`aid:${donor[1]}-to-ukraine:package:${unit}`, `${donor[2]} aid packages for Ukraine (${unit})`, "aid", unit), figureIndex: money };
  }
  return null;
}
