import { normalizeUnit, type FigureLike } from "./figures";

export interface GroupableClaim {
  statement: string;
  type: string;
  speaker?: string | null;
  /** The sentence as published: names the engine left out of the statement (the UN) still count. */
  quote?: string;
  figures: readonly FigureLike[];
}

export type GroupPeriod = "day" | "week" | "month" | "year" | "cumulative";

export interface FigureGroupSpec {
  /** type:subject:measure:unit:period, stable across runs so regrouping finds the same row. */
  key: string;
  label: string;
  type: "casualties" | "military" | "economic" | "humanitarian" | "aid";
  unit: string;
  /** null for a level ("troops at the border"); a daily figure never shares a group with a running total. */
  period: GroupPeriod | null;
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
const PER_DAY = /\b(per day|a day|each day|every day|daily|last day|in a day|(?:past|last|previous) 24 hours|overnight|over the past day)\b/;
const PER_MONTH = /\b(per month|a month|each month|monthly|every month)\b/;
const REFUGEES = /\b(refugees?|fled|fleeing|displaced)\b/;
const AID = /\b(aid|assistance|package|support|pledged|donat(e|ed|ion)|funding|weapons)\b/;

const DONORS: [RegExp, string, string][] = [
  [/\b(united states|u\.s\.|us|washington|pentagon|biden|white house|congress|senate|the house|house of representatives|american)\b/, "us", "US"],
  [/\b(uk|britain|british|london|united kingdom)\b/, "uk", "UK"],
  [/\b(eu|european union|brussels|european commission)\b/, "eu", "EU"],
  [/\b(germany|german|berlin)\b/, "germany", "German"],
];

function figureIndex(figures: readonly FigureLike[], accept: (unit: string | null) => boolean): number {
  // Vague figures ("thousands of") have a lower bound only and cannot be placed on a timeline; a
  // change ("up by 5,000") or a multiple is not a level of the measure.
  return figures.findIndex(
    (figure) => (figure.value != null || (figure.low != null && figure.high != null)) && (figure.kind ?? "level") === "level" && accept(normalizeUnit(figure.unit)),
  );
}

const PERIOD_SUFFIX: Record<GroupPeriod, string> = { day: " per day", week: " per week", month: " per month", year: " per year", cumulative: "" };
const PERIODS = new Set<string>(["day", "week", "month", "year", "cumulative"]);

/**
 * The period a claim's figure counts over: what the parser read next to it, else the rate words
 * of the claim ("daily"), else, for measures that are running totals, the words of a total
 * ("so far", "has lost"). A running-total measure with no period at all is an event count and
 * stays out (undefined); a level has the period null.
 */
function periodOf(figure: FigureLike, text: string, runningTotal: boolean): GroupPeriod | null | undefined {
  // The parser reads "on Monday" as a figure of one day; for the tracker only a daily rate ("in the
  // past 24 hours", "daily") is a per-day series: one day's event count or an aid package approved
  // on Saturday is not.
  const oneDay = figure.period === "day" && !has(text, PER_DAY);
  if (figure.period && PERIODS.has(figure.period) && !oneDay) return figure.period as GroupPeriod;
  if (has(text, PER_DAY)) return "day";
  if (has(text, PER_MONTH)) return "month";
  if (!runningTotal) return null;
  return has(text, TOTAL) ? "cumulative" : undefined;
}

/** The group of a measure in the period of the claim's figure, or null when the period says it is not tracked. */
function grouped(
  claim: GroupableClaim,
  text: string,
  index: number,
  base: { key: string; label: string; type: FigureGroupSpec["type"]; unit: string; runningTotal: boolean },
): GroupMatch | null {
  const period = periodOf(claim.figures[index]!, text, base.runningTotal);
  if (period === undefined) return null;
  return {
    group: { key: `${base.key}:${period ?? "level"}`, label: base.label + (period ? PERIOD_SUFFIX[period] : ""), type: base.type, unit: base.unit, period },
    figureIndex: index,
  };
}

const UKRAINE = /\b(ukrain|kyiv)/;
/** What follows the money a claim gives Ukraine: "$61bn for Ukraine", "$5bn in aid to Kyiv". */
const FOR_UKRAINE = /^[^.$€£]{0,40}\b(for|to) (ukraine|kyiv)/i;

/** In "a $95bn package that includes $61bn for Ukraine", the money for Ukraine; else the first sum. */
function aidFigureIndex(claim: GroupableClaim): number {
  const first = figureIndex(claim.figures, (unit) => unit !== null && CURRENCIES.has(unit));
  if (first < 0) return first;
  const statement = claim.quote ?? claim.statement;
  const forUkraine = claim.figures.findIndex((figure, index) => {
    if (index < first || !figure.text || !CURRENCIES.has(normalizeUnit(figure.unit) ?? "") || (figure.kind ?? "level") !== "level") return false;
    const at = statement.indexOf(figure.text);
    return at >= 0 && FOR_UKRAINE.test(statement.slice(at + figure.text.length));
  });
  return forUkraine >= 0 ? forUkraine : first;
}

/** Whether a group's values are a running total, from its stored period or, for groups stored before periods, its key. */
export function isCumulativeGroup(group: { key: string; period?: string | null }): boolean {
  return group.period === "cumulative" || group.key.endsWith(":cumulative");
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
  const civilians = people >= 0 && (units[people] === "civilians" || /\bcivilians?\b/.test(text));

  if (civilians && has(text, KILLED)) {
    return has(text, UN)
      ? grouped(claim, text, people, { key: "casualties:civilians-un:deaths:people", label: "Civilian deaths verified by the UN", type: "casualties", unit: "people", runningTotal: true })
      : grouped(claim, text, people, { key: "casualties:civilians:deaths:people", label: "Civilian deaths", type: "casualties", unit: "people", runningTotal: true });
  }
  if (civilians && has(text, WOUNDED)) {
    return grouped(claim, text, people, { key: "casualties:civilians:injuries:people", label: "Civilians injured", type: "casualties", unit: "people", runningTotal: true });
  }
  if (people >= 0 && (units[people] === "children" || /\bchildren\b/.test(text)) && has(text, KILLED)) {
    return grouped(claim, text, people, { key: "casualties:children:deaths:people", label: "Children killed", type: "casualties", unit: "people", runningTotal: true });
  }
  // "Russia has lost more than 300,000 people": a country's losses counted as people.
  const countryLost = /\b(russia|ukraine|moscow|kyiv)\b[^.]{0,20}\b(has|have|had) lost\b/.test(text) && !/\bcivilians?\b/.test(text);
  const soldierUnit = figureIndex(claim.figures, (unit) => unit === "troops" || unit === "losses" || unit === "casualties" || unit === null || (countryLost && unit === "people"));
  if (soldierUnit >= 0 && (has(text, SOLDIERS) || countryLost || units[soldierUnit] === "troops" || units[soldierUnit] === "losses") && (countryLost || has(text, LOSSES))) {
    if (has(text, RUSSIAN) && !/\bukrainian (soldiers|troops|servicemen|forces)\b/.test(text)) {
      return grouped(claim, text, soldierUnit, { key: "casualties:russian-military:losses:people", label: "Russian military personnel losses", type: "casualties", unit: "people", runningTotal: true });
    }
    if (has(text, UKRAINIAN)) {
      return grouped(claim, text, soldierUnit, { key: "casualties:ukrainian-military:losses:people", label: "Ukrainian military personnel losses", type: "casualties", unit: "people", runningTotal: true });
    }
  }
  if (soldierUnit >= 0 && units[soldierUnit] === "troops" && has(text, RUSSIAN) && has(text, MASSED) && !has(text, LOSSES)) {
    return grouped(claim, text, soldierUnit, { key: "military:russian-troops-border:deployed:people", label: "Russian troops massed near Ukraine", type: "military", unit: "people", runningTotal: false });
  }
  const tonnes = figureIndex(claim.figures, (unit) => unit === "tonnes");
  if (tonnes >= 0 && has(text, GRAIN) && has(text, EXPORTS)) {
    return grouped(claim, text, tonnes, { key: "economic:ukraine-grain:exports:tonnes", label: "Ukrainian grain exports", type: "economic", unit: "tonnes", runningTotal: true });
  }
  const refugees = figureIndex(claim.figures, (unit) => unit === "refugees" || unit === "people" || unit === null);
  if (refugees >= 0 && has(text, REFUGEES) && /\bukrain/.test(text) && (units[refugees] === "refugees" || /\b(have|has|had) fled\b|\brefugees\b/.test(text))) {
    return grouped(claim, text, refugees, { key: "humanitarian:ukraine-refugees:fled:people", label: "Refugees from Ukraine", type: "humanitarian", unit: "people", runningTotal: true });
  }
  const money = aidFigureIndex(claim);
  if (money >= 0 && has(text, AID) && UKRAINE.test(text)) {
    const donor = DONORS.find(([pattern]) => pattern.test(text));
    const unit = units[money]!;
    if (!donor) return null;
    return has(text, TOTAL) || claim.figures[money]!.period === "cumulative"
      ? grouped(claim, text, money, { key: `aid:${donor[1]}-to-ukraine:total:${unit}`, label: `${donor[2]} aid to Ukraine, total (${unit})`, type: "aid", unit, runningTotal: true })
      : grouped(claim, text, money, { key: `aid:${donor[1]}-to-ukraine:package:${unit}`, label: `${donor[2]} aid packages for Ukraine (${unit})`, type: "aid", unit, runningTotal: false });
  }
  return null;
}
