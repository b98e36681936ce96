export interface TrendPoint {
  /** The claim that states the value. */
  id: string;
  /** Claims of one article never contradict each other: a total and its parts, a figure and its update. */
  articleId: string;
  date: Date;
  value: number;
  qualifier?: string | null;
  low?: number | null;
  high?: number | null;
  /** An approved verdict rated accurate: the reference for its period. */
  confirmed: boolean;
}

export type TrendFlagKind = "implausible" | "contradiction" | "falls" | "contradicts_approved";

export interface TrendFlag {
  kind: TrendFlagKind;
  message: string;
  /** The claims this one disagrees with. */
  claimIds: string[];
}

const DAY_MS = 86_400_000;
/** Reports of one figure rounded ("$61bn", "$60.8 billion") differ by less than this share. */
export const ROUNDING = 0.05;
/** "about" and "nearly" allow this much either way. */
const APPROXIMATE = 0.1;
/** Two values further apart than this ratio are a total and a part, or two measures, not two reports of one. */
const RELATED_RATIO = 0.5;
/** Reports within this many days of an approved one describe the same period. */
export const SAME_PERIOD_DAYS = 15;
/** More people than live on Earth, or more of anything than any report could count. */
const MAX_PEOPLE = 9e9;
const MAX_ANY = 1e15;
const PEOPLE_UNITS = new Set(["people", "troops", "soldiers", "civilians", "children", "refugees", "deaths", "casualties", "losses"]);

const fmt = (value: number) => value.toLocaleString("en");
const day = (date: Date) => date.toISOString().slice(0, 10);

/** The values a report allows, from its qualifier: "more than 300,000" is 300,000 and up. */
export function statedInterval(point: Pick<TrendPoint, "value" | "qualifier" | "low" | "high">): [number, number] {
  const v = point.value;
  switch (point.qualifier) {
    case "more_than":
    case "at_least":
      return [v, Number.POSITIVE_INFINITY];
    case "up_to":
    case "less_than":
      return [Number.NEGATIVE_INFINITY, v];
    case "nearly":
      return [v * (1 - APPROXIMATE), v];
    case "about":
      return [v * (1 - APPROXIMATE), v * (1 + APPROXIMATE)];
    case "range":
      return [point.low ?? v, point.high ?? v];
    default:
      return [v, v];
  }
}

/** Two reports disagree when no value fits both, allowing for rounding. */
export function disagree(a: TrendPoint, b: TrendPoint): boolean {
  const [aLow, aHigh] = statedInterval(a);
  const [bLow, bHigh] = statedInterval(b);
  return aLow > bHigh * (1 + ROUNDING) + Number.EPSILON || bLow > aHigh * (1 + ROUNDING) + Number.EPSILON;
}

/** A value no report of the unit can mean: a negative count, more people than live on Earth. */
export function isImplausible(value: number, unit: string | null): boolean {
  if (value < 0 || Math.abs(value) >= MAX_ANY) return true;
  return PEOPLE_UNITS.has(unit ?? "") && value > MAX_PEOPLE;
}

/**
 * A total and its part, or a figure and another measure, rather than two reports of one figure:
 * from one article, far apart in size, or one article states both values ("the $95bn package
 * includes $61bn": a third article's "$60.8 billion" then matches the part, not the total).
 */
function related(a: TrendPoint, b: TrendPoint, byArticle: ReadonlyMap<string, TrendPoint[]>): boolean {
  if (a.articleId === b.articleId) return true;
  if (Math.min(Math.abs(a.value), Math.abs(b.value)) < RELATED_RATIO * Math.max(Math.abs(a.value), Math.abs(b.value))) return true;
  return byArticle.get(b.articleId)!.some((other) => !disagree(other, a)) || byArticle.get(a.articleId)!.some((other) => !disagree(other, b));
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * For running totals, the points that cannot be part of one non-decreasing series: the largest
 * consistent series is kept, weighted so that confirmed figures stay in it, and each other point
 * is flagged with the kept report that makes it inconsistent.
 */
function fallingTotals(points: readonly TrendPoint[]): Map<string, TrendPoint> {
  const sorted = [...points].sort((a, b) => a.date.getTime() - b.date.getTime() || a.value - b.value);
  const weight = (point: TrendPoint): number => (point.confirmed ? 1000 : 1);
  const fits = (earlier: TrendPoint, later: TrendPoint) => statedInterval(earlier)[0] <= statedInterval(later)[1] * (1 + ROUNDING);
  const best = sorted.map(weight);
  const previous = sorted.map(() => -1);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = 0; j < i; j++) {
      if (fits(sorted[j]!, sorted[i]!) && best[j]! + weight(sorted[i]!) > best[i]!) {
        best[i] = best[j]! + weight(sorted[i]!);
        previous[i] = j;
      }
    }
  }
  const kept = new Set<number>();
  let at = best.indexOf(Math.max(...best));
  while (at >= 0) {
    kept.add(at);
    at = previous[at]!;
  }
  const flagged = new Map<string, TrendPoint>();
  sorted.forEach((point, index) => {
    if (kept.has(index)) return;
    const against = sorted.filter((other, k) => kept.has(k) && ((k < index && !fits(other, point)) || (k > index && !fits(point, other))));
    const distance = (other: TrendPoint) => Math.abs(other.date.getTime() - point.date.getTime());
    const witness = against.sort((a, b) => distance(a) - distance(b))[0];
    if (witness) flagged.set(point.id, witness);
  });
  return flagged;
}

/** A running total may have grown since a confirmed one, but not shrunk, nor differ on the same day. */
function contradictsApproved(point: TrendPoint, reference: TrendPoint, cumulative: boolean): boolean {
  const apart = point.date.getTime() - reference.date.getTime();
  if (Math.abs(apart) > SAME_PERIOD_DAYS * DAY_MS || !disagree(point, reference)) return false;
  if (!cumulative || Math.abs(apart) < DAY_MS) return true;
  return apart > 0 ? statedInterval(point)[1] < reference.value : statedInterval(point)[0] > reference.value;
}

/**
 * Flags per point id. Only reports of the same measure and period are given (one group), so a
 * flag means: on the same date two articles state values no single figure fits (beyond their
 * "more than" or "about"), a running total fell, or a report disagrees with an approved one.
 * A total and its parts (values far apart, or from one article) are related, not contradictory.
 * Implausible values are flagged and take no part in the comparisons.
 */
export function trendFlags(points: readonly TrendPoint[], cumulative: boolean, unit: string | null = null): Map<string, TrendFlag[]> {
  const flags = new Map<string, TrendFlag[]>(points.map((point) => [point.id, []]));
  const add = (id: string, flag: TrendFlag) => flags.get(id)!.push(flag);
  const plausible: TrendPoint[] = [];
  for (const point of points) {
    if (isImplausible(point.value, unit)) add(point.id, { kind: "implausible", message: `${fmt(point.value)} cannot be a count of ${unit ?? "this measure"}: kept as stated, not a trend point`, claimIds: [] });
    else plausible.push(point);
  }
  for (const [date, sameDay] of groupBy(plausible, (point) => day(point.date))) {
    const byArticle = groupBy(sameDay, (point) => point.articleId);
    for (const point of sameDay) {
      const others = sameDay.filter((other) => other !== point && disagree(point, other) && !related(point, other, byArticle));
      if (others.length === 0) continue;
      add(point.id, {
        kind: "contradiction",
        message: `On ${date} other reports say ${others.map((other) => fmt(other.value)).join(", ")}`,
        claimIds: others.map((other) => other.id),
      });
    }
  }
  if (cumulative) {
    for (const [id, witness] of fallingTotals(plausible)) {
      add(id, { kind: "falls", message: `A running total cannot fall: ${fmt(witness.value)} was reported on ${day(witness.date)}`, claimIds: [witness.id] });
    }
  }
  for (const point of plausible) {
    if (point.confirmed) continue;
    const reference = plausible.find((other) => other.confirmed && other.articleId !== point.articleId && contradictsApproved(point, other, cumulative));
    if (reference) {
      add(point.id, { kind: "contradicts_approved", message: `An approved check puts it at ${fmt(reference.value)} on ${day(reference.date)}`, claimIds: [reference.id] });
    }
  }
  return flags;
}
