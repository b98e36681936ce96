import { decodeWeights16, encodeWeights16 } from "../detector/model";
import { FeatureBuffer } from "../feature-buffer";
import { CLAIM_TYPES, type ClaimType } from "../types";
import { type TypeInput, visitTypeFeatures } from "./features";

/** Multinomial logistic regression over hashed features: a weight per bucket and type. */
export interface TypeModel {
  bits: number;
  classes: readonly ClaimType[];
  /** Bucket-major: weights[bucket * classes.length + k]. */
  weights: Float32Array;
}

/** Reused by every call: a claim's features are gathered before their weights are summed (see FeatureBuffer). */
const gathered = new FeatureBuffer();

/** The score of each type for a claim, in the order of `model.classes` (softmax of these is the probability). */
export function typeScores(model: TypeModel, input: TypeInput): Float64Array {
  const k = model.classes.length;
  const z = new Float64Array(k);
  const { weights } = model;
  gathered.clear();
  visitTypeFeatures(input, model.bits, gathered);
  const { keys: buckets, values, length } = gathered;
  // Buckets are below 2^bits, so every index is inside `weights`.
  for (let f = 0; f < length; f++) {
    const base = buckets[f]! * k;
    const value = values[f]!;
    for (let c = 0; c < k; c++) z[c]! += weights[base + c]! * value;
  }
  return z;
}

/** The probability of each type for a claim, in the order of `model.classes`. */
export function typeProbabilities(model: TypeModel, input: TypeInput): Float64Array {
  const z = typeScores(model, input);
  let max = -Infinity;
  for (const v of z) max = Math.max(max, v);
  let sum = 0;
  for (let c = 0; c < z.length; c++) {
    const e = Math.exp((z[c] ?? 0) - max);
    z[c] = e;
    sum += e;
  }
  for (let c = 0; c < z.length; c++) z[c] = (z[c] ?? 0) / sum;
  return z;
}

/** The most probable type; ties go to the earlier class (the guideline's order). */
export function predictType(model: TypeModel, input: TypeInput): ClaimType {
  const z = typeScores(model, input);
  let best = 0;
  for (let c = 1; c < z.length; c++) if ((z[c] ?? 0) > (z[best] ?? 0)) best = c;
  return model.classes[best] ?? input.ruleType;
}

/* Weights file: the weights quantised to signed 16-bit integers (value = q · scale), little-endian, base64. */

export interface TypeWeightsFile {
  format: "claimdesk-type-model/1";
  bits: number;
  classes: ClaimType[];
  scale: number;
  weights: string;
  /** Notes written by the training script: data and options. */
  trained?: Record<string, unknown>;
}

export function encodeTypeModel(model: TypeModel, trained?: Record<string, unknown>): TypeWeightsFile {
  const { scale, weights } = encodeWeights16(model.weights);
  return { format: "claimdesk-type-model/1", bits: model.bits, classes: [...model.classes], scale, weights, ...(trained ? { trained } : {}) };
}

export function decodeTypeModel(file: TypeWeightsFile): TypeModel {
  const classes = file.classes.filter((c): c is ClaimType => (CLAIM_TYPES as readonly string[]).includes(c));
  if (classes.length !== file.classes.length) throw new Error(`type model: unknown class in ${file.classes.join(", ")}`);
  const size = (1 << file.bits) * classes.length;
  const values = decodeWeights16(file.weights, size);
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i++) weights[i] = values[i]! * file.scale;
  return { bits: file.bits, classes, weights };
}

/** The model as it will be after writing and reading its weights file (quantised). */
export function roundTripTypeModel(model: TypeModel): TypeModel {
  return decodeTypeModel(encodeTypeModel(model));
}
