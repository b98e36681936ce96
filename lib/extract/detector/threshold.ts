/**
 * The decision threshold for debate speech. A calibrated probability says how likely one sentence is
 * check-worthy; the threshold that gives the best F1 over many sentences lies below 0.5 (about half
 * the F1 attainable), so `npm run train:claims` picks it from this grid on CT24 train split into
 * blocks of debates, never on the data it is reported on. News keeps the extractor's own setting.
 */
export const SPEECH_THRESHOLDS = [0.3, 0.35, 0.4, 0.45, 0.5, 0.55] as const;

export interface ScoredPoint {
  p: number;
  y: 0 | 1;
}

/** Precision, recall and F1 of the "Yes" class when points at or above the threshold are called "Yes". */
export function prf(points: readonly ScoredPoint[], threshold: number): { precision: number; recall: number; f1: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const { p, y } of points) {
    if (p >= threshold && y) tp++;
    else if (p >= threshold) fp++;
    else if (y) fn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export const f1At = (points: readonly ScoredPoint[], threshold: number): number => prf(points, threshold).f1;

/** The threshold of the grid with the best F1 on the points; on a tie the higher one (fewer claims to check). */
export function bestF1Threshold(points: readonly ScoredPoint[], grid: readonly number[] = SPEECH_THRESHOLDS): number {
  let best = grid[0] ?? 0.5;
  let bestF1 = -1;
  for (const t of grid) {
    const f1 = f1At(points, t);
    if (f1 >= bestF1) {
      best = t;
      bestF1 = f1;
    }
  }
  return best;
}
