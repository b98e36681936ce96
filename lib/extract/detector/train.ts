import type { FeatureOptions, FeatureVector, Genre } from "./features";
import { type Calibration, type DetectorModel, margin, sigmoid } from "./model";

/**
 * Training for the claim detector: L2-regularised logistic regression on hashed features, fitted
 * with AdaGrad over shuffled passes (a fixed seed makes every run identical), and Platt scaling on
 * out-of-fold scores. Pure and deterministic; no I/O.
 */

export interface Example {
  x: FeatureVector;
  y: 0 | 1;
  /** Importance of the example in the loss (domain weighting). */
  weight: number;
  /** Examples of one group (an article, a debate) always land in the same fold. */
  group: string;
  genre: Genre;
}

export interface TrainOptions {
  epochs: number;
  l2: number;
  learningRate: number;
  seed: number;
  /** Folds for the out-of-fold scores that the calibration is fitted on. */
  calibrationFolds: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = { epochs: 10, l2: 1e-2, learningRate: 0.05, seed: 20240, calibrationFolds: 5 };

/** mulberry32: a small, fast, seedable generator. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, random: () => number): Uint32Array {
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = t;
  }
  return order;
}

export interface Linear {
  weights: Float32Array;
  bias: number;
}

/** Logistic regression by AdaGrad; regularisation is applied to the features an example touches. */
export function trainLogistic(examples: readonly Example[], bits: number, options: TrainOptions = DEFAULT_TRAIN_OPTIONS): Linear {
  const size = 1 << bits;
  const weights = new Float64Array(size);
  const squares = new Float64Array(size).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const random = rng(options.seed);
  const { learningRate: eta, l2 } = options;
  let totalWeight = 0;
  for (const e of examples) totalWeight += e.weight;
  // The penalty is per example, so that its strength does not depend on the size of the data.
  const lambda = l2 * (totalWeight / Math.max(1, examples.length));
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const order = shuffled(examples.length, random);
    for (const i of order) {
      const e = examples[i];
      if (!e) continue;
      const { x } = e;
      let z = bias;
      for (let k = 0; k < x.length; k++) z += (weights[x.index[k] ?? 0] ?? 0) * (x.value[k] ?? 0);
      const g = (sigmoid(z) - e.y) * e.weight;
      for (let k = 0; k < x.length; k++) {
        const j = x.index[k] ?? 0;
        const w = weights[j] ?? 0;
        const grad = g * (x.value[k] ?? 0) + lambda * w;
        const s = (squares[j] ?? 0) + grad * grad;
        squares[j] = s;
        weights[j] = w - (eta * grad) / Math.sqrt(s);
      }
      biasSquares += g * g;
      bias -= (eta * g) / Math.sqrt(biasSquares);
    }
  }
  return { weights: Float32Array.from(weights), bias };
}

/**
 * Platt scaling: a and b minimising the log loss of sigmoid(a·z + b) on (margin, label) pairs, with
 * Platt's smoothed targets, by Newton's method.
 */
export function fitPlatt(scores: readonly { z: number; y: 0 | 1; weight?: number }[]): Calibration {
  let positives = 0;
  let negatives = 0;
  for (const s of scores) {
    if (s.y === 1) positives += s.weight ?? 1;
    else negatives += s.weight ?? 1;
  }
  const hi = (positives + 1) / (positives + 2);
  const lo = 1 / (negatives + 2);
  let a = 1;
  let b = 0;
  for (let iter = 0; iter < 100; iter++) {
    let ga = 0;
    let gb = 0;
    let haa = 1e-9;
    let hab = 0;
    let hbb = 1e-9;
    for (const s of scores) {
      const w = s.weight ?? 1;
      const t = s.y === 1 ? hi : lo;
      const p = sigmoid(a * s.z + b);
      const d = (p - t) * w;
      const h = p * (1 - p) * w;
      ga += d * s.z;
      gb += d;
      haa += h * s.z * s.z;
      hab += h * s.z;
      hbb += h;
    }
    const det = haa * hbb - hab * hab;
    if (Math.abs(det) < 1e-12) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-10) break;
  }
  return { a, b };
}

/** Fold of a group: a stable hash of its name, so folds do not depend on the order of the data. */
export function foldOf(group: string, folds: number, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < group.length; i++) {
    h ^= group.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return (h >>> 0) % folds;
}

/** Out-of-fold margins: each example scored by a model trained without its group's fold. */
export function outOfFoldMargins(examples: readonly Example[], bits: number, options: TrainOptions): Float64Array {
  const folds = Math.max(2, options.calibrationFolds);
  const fold = examples.map((e) => foldOf(e.group, folds, options.seed));
  const out = new Float64Array(examples.length);
  for (let k = 0; k < folds; k++) {
    const train = examples.filter((_, i) => fold[i] !== k);
    const model = trainLogistic(train, bits, options);
    examples.forEach((e, i) => {
      if (fold[i] === k) out[i] = margin(model, e.x);
    });
  }
  return out;
}

/**
 * The full recipe: out-of-fold margins for the calibration (one Platt scaling per genre: the same
 * margin does not mean the same odds in a debate and in a news article), then the final model on
 * every example.
 */
export function trainDetector(
  examples: readonly Example[],
  features: FeatureOptions,
  options: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): { model: DetectorModel; oof: Float64Array } {
  const oof = outOfFoldMargins(examples, features.bits, options);
  const calibration: Record<Genre, Calibration> = { news: { a: 1, b: 0 }, speech: { a: 1, b: 0 } };
  for (const genre of ["news", "speech"] as const) {
    const pairs: { z: number; y: 0 | 1 }[] = [];
    examples.forEach((e, i) => {
      if (e.genre === genre) pairs.push({ z: oof[i] ?? 0, y: e.y });
    });
    if (pairs.length > 0) calibration[genre] = fitPlatt(pairs);
  }
  const { weights, bias } = trainLogistic(examples, features.bits, options);
  return { model: { features, weights, bias, calibration }, oof };
}

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanPredicted: number;
  observed: number;
}

/** Predicted probability against the observed rate of claims, in bins of width 1/bins. */
export function reliability(points: readonly { p: number; y: 0 | 1 }[], bins = 10): ReliabilityBin[] {
  const out: ReliabilityBin[] = Array.from({ length: bins }, (_, k) => ({ from: k / bins, to: (k + 1) / bins, count: 0, meanPredicted: 0, observed: 0 }));
  for (const { p, y } of points) {
    const bin = out[Math.min(bins - 1, Math.max(0, Math.floor(p * bins)))];
    if (!bin) continue;
    bin.count++;
    bin.meanPredicted += p;
    bin.observed += y;
  }
  for (const bin of out) {
    if (bin.count > 0) {
      bin.meanPredicted /= bin.count;
      bin.observed /= bin.count;
    }
  }
  return out;
}

/** Expected calibration error: the count-weighted gap between predicted and observed per bin. */
export function expectedCalibrationError(table: readonly ReliabilityBin[]): number {
  const total = table.reduce((s, b) => s + b.count, 0);
  return total === 0 ? 0 : table.reduce((s, b) => s + (b.count / total) * Math.abs(b.meanPredicted - b.observed), 0);
}

export function formatReliability(table: readonly ReliabilityBin[]): string {
  const lines = ["  predicted    count  mean p  observed"];
  for (const b of table) {
    if (b.count === 0) continue;
    lines.push(`  ${b.from.toFixed(1)}–${b.to.toFixed(1)}  ${String(b.count).padStart(8)}  ${b.meanPredicted.toFixed(3)}  ${b.observed.toFixed(3)}`);
  }
  lines.push(`  expected calibration error ${expectedCalibrationError(table).toFixed(3)}`);
  return lines.join("\n");
}
