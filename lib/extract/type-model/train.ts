import { rng } from "../detector/train";
import { CLAIM_TYPES, type ClaimType } from "../types";
import { type TypeInput, visitTypeFeatures } from "./features";
import type { TypeModel } from "./model";

export interface TypeExample {
  input: TypeInput;
  type: ClaimType;
}

export interface TypeTrainOptions {
  bits: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
}

/** The settings of the first type model (2026-11-30), not tuned since. */
export const TYPE_TRAIN_OPTIONS: TypeTrainOptions = { bits: 14, epochs: 20, learningRate: 0.02, l2: 1e-4, seed: 20261130 };

interface Sparse {
  index: number[];
  value: number[];
}

function featurize(input: TypeInput, bits: number): Sparse {
  const merged = new Map<number, number>();
  visitTypeFeatures(input, bits, { add: (b, v) => void merged.set(b, (merged.get(b) ?? 0) + v) });
  return { index: [...merged.keys()], value: [...merged.values()] };
}

/**
 * Multinomial logistic regression by AdaGrad over shuffled passes, with L2 applied to the weights a
 * step touches. Deterministic: the same examples in the same order give the same weights.
 */
export function trainTypeModel(examples: readonly TypeExample[], options: TypeTrainOptions = TYPE_TRAIN_OPTIONS): TypeModel {
  const classes: ClaimType[] = [...CLAIM_TYPES];
  const k = classes.length;
  const size = (1 << options.bits) * k;
  const weights = new Float32Array(size);
  const squares = new Float64Array(size);
  const xs = examples.map((e) => featurize(e.input, options.bits));
  const ys = examples.map((e) => classes.indexOf(e.type));
  const random = rng(options.seed);
  const order = examples.map((_, i) => i);
  const z = new Float64Array(k);
  const p = new Float64Array(k);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const n of order) {
      const x = xs[n];
      const y = ys[n] ?? -1;
      if (!x || y < 0) continue;
      z.fill(0);
      for (let f = 0; f < x.index.length; f++) {
        const base = (x.index[f] ?? 0) * k;
        const v = x.value[f] ?? 0;
        for (let c = 0; c < k; c++) z[c] = (z[c] ?? 0) + (weights[base + c] ?? 0) * v;
      }
      let max = -Infinity;
      for (let c = 0; c < k; c++) max = Math.max(max, z[c] ?? 0);
      let sum = 0;
      for (let c = 0; c < k; c++) sum += (p[c] = Math.exp((z[c] ?? 0) - max));
      for (let c = 0; c < k; c++) {
        const g0 = (p[c] ?? 0) / sum - (c === y ? 1 : 0);
        for (let f = 0; f < x.index.length; f++) {
          const at = (x.index[f] ?? 0) * k + c;
          const w = weights[at] ?? 0;
          const g = g0 * (x.value[f] ?? 0) + options.l2 * w;
          const s = (squares[at] ?? 0) + g * g;
          squares[at] = s;
          weights[at] = w - (options.learningRate * g) / Math.sqrt(s + 1e-8);
        }
      }
    }
  }
  return { bits: options.bits, classes, weights };
}
