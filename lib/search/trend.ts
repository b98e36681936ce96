export interface TrendPoint {
  id: string;
  date: Date;
  value: number;
  /** An approved verdict rated accurate: the reference for its period. */
  confirmed: boolean;
}

export type TrendFlag =
  | { kind: "against_trend"; message: string }
  | { kind: "contradicts_approved"; message: string; claimId: string };

const DAY_MS = 86_400_000;
/** Two values this close are the same figure reported with rounding. */
const SAME_VALUE = 0.05;
/** Reports within this many days of each other describe the same period. */
export const SAME_PERIOD_DAYS = 15;
/** A one-off figure this far from its period's median is out of line. */
const OUTLIER = 0.5;

const fmt = (value: number) => value.toLocaleString("en");
const day = (date: Date) => date.toISOString().slice(0, 10);

function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= SAME_VALUE * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * For running totals (deaths, losses, refugees), the points that cannot be part of one
 * non-decreasing series: the largest consistent series is kept, weighted so that confirmed
 * figures stay in it, and the rest are flagged.
 */
function cumulativeOutliers(points: readonly TrendPoint[]): Map<string, TrendPoint> {
  const sorted = [...points].sort((a, b) => a.date.getTime() - b.date.getTime() || a.value - b.value);
  const weight = (point: TrendPoint): number => (point.confirmed ? 1000 : 1);
  const best = sorted.map(weight);
  const previous = sorted.map(() => -1);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = 0; j < i; j++) {
      const fits = sorted[j]!.value <= sorted[i]!.value || sameValue(sorted[j]!.value, sorted[i]!.value);
      if (fits && best[j]! + weight(sorted[i]!) > best[i]!) {
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
    // Name the kept report that makes this one inconsistent.
    const against = sorted.filter((other, k) => kept.has(k) && ((k < index && other.value > point.value) || (k > index && other.value < point.value)));
    const distance = (other: TrendPoint) => Math.abs(other.date.getTime() - point.date.getTime());
    const witness = against.sort((a, b) => distance(a) - distance(b))[0];
    if (witness) flagged.set(point.id, witness);
  });
  return flagged;
}

/** A running total may have grown since a confirmed one, but not shrunk, nor differ on the same day. */
function contradicts(point: TrendPoint, reference: TrendPoint, cumulative: boolean): boolean {
  const apart = point.date.getTime() - reference.date.getTime();
  if (Math.abs(apart) > SAME_PERIOD_DAYS * DAY_MS || sameValue(point.value, reference.value)) return false;
  if (!cumulative || Math.abs(apart) < DAY_MS) return true;
  return apart > 0 ? point.value < reference.value : point.value > reference.value;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Flags per point id: a figure against the trend of its group, or against an approved figure of the same period. */
export function trendFlags(points: readonly TrendPoint[], cumulative: boolean): Map<string, TrendFlag[]> {
  const flags = new Map<string, TrendFlag[]>(points.map((point) => [point.id, []]));
  if (cumulative) {
    for (const [id, witness] of cumulativeOutliers(points)) {
      flags.get(id)!.push({ kind: "against_trend", message: `A running total cannot fall: ${fmt(witness.value)} was reported on ${day(witness.date)}` });
    }
  } else {
    for (const point of points) {
      const period = points.filter((other) => other !== point && Math.abs(other.date.getTime() - point.date.getTime()) <= 2 * SAME_PERIOD_DAYS * DAY_MS);
      if (period.length < 2) continue;
      const typical = median(period.map((other) => other.value));
      if (typical > 0 && Math.abs(point.value - typical) > OUTLIER * typical) {
        flags.get(point.id)!.push({ kind: "against_trend", message: `Far from the ${fmt(typical)} typically reported around ${day(point.date)}` });
      }
    }
  }
  for (const point of points) {
    if (point.confirmed) continue;
    const reference = points.find((other) => other.confirmed && contradicts(point, other, cumulative));
    if (reference) {
      flags.get(point.id)!.push({
        kind: "contradicts_approved",
        message: `An approved check puts it at ${fmt(reference.value)} on ${day(reference.date)}`,
        claimId: reference.id,
      });
    }
  }
  return flags;
}
