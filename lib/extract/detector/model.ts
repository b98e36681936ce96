import { FeatureBuffer } from "../feature-buffer";
import { type Candidate, DEFAULT_FEATURE_OPTIONS, type FeatureOptions, type FeatureVector, finish, type Genre, visitFeatures } from "./features";

/** Platt scaling: probability = sigmoid(a · margin + b). */
export interface Calibration {
  a: number;
  b: number;
}

/**
 * Weights as signed 16-bit integers times a scale: `weights[i]` is `Math.fround(values[i] * scale)`.
 * Scoring reads these rather than the 32-bit floats: the same numbers in half the memory, so the
 * table's random look-ups (two per feature) miss the processor's cache less often.
 */
export interface QuantisedWeights {
  values: Int16Array;
  scale: number;
}

export interface DetectorModel {
  features: FeatureOptions;
  weights: Float32Array;
  /** The weights as a weights file stores them, when the model was read from one; see QuantisedWeights. */
  quantised?: QuantisedWeights;
  bias: number;
  /** Platt scaling per genre of text. */
  calibration: Record<Genre, Calibration>;
  /** Threshold with the best F1 for sentences of debate speech, chosen on held-out debates (threshold.ts). */
  speechThreshold?: number;
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

export function margin(model: Pick<DetectorModel, "weights" | "bias">, x: FeatureVector): number {
  let z = model.bias;
  const { weights } = model;
  for (let k = 0; k < x.length; k++) z += (weights[x.index[k] ?? 0] ?? 0) * (x.value[k] ?? 0);
  return z;
}

/** A trained, calibrated claim detector: the probability that a candidate clause is a check-worthy claim. */
export class Detector {
  /** Reused by every candidate: its features are gathered before their weights are summed (see FeatureBuffer). */
  private readonly gathered = new FeatureBuffer();

  constructor(readonly model: DetectorModel) {}

  /** Uncalibrated score (log-odds of the trained model). */
  margin(c: Candidate, genre: Genre = "news"): number {
    const { gathered } = this;
    gathered.clear();
    visitFeatures(c, this.model.features, genre, gathered);
    const mask = (1 << this.model.features.bits) - 1;
    const { quantised, weights } = this.model;
    // A float32 weight times 1, rounded to float32, is itself: one expression reads either table.
    const table = quantised?.values ?? weights;
    const scale = quantised?.scale ?? 1;
    const { keys, values, length } = gathered;
    let z = this.model.bias;
    for (let f = 0; f < length; f++) {
      const h = finish(keys[f]!);
      const w = Math.fround(table[h & mask]! * scale);
      const v = values[f]!;
      z += h & 0x80000000 ? -w * v : w * v;
    }
    return z;
  }

  /** Calibrated probability in [0, 1], rounded to 3 decimals; 0.5 means even odds. */
  score(c: Candidate, genre: Genre = "news"): number {
    const z = this.margin(c, genre);
    const { a, b } = this.model.calibration[genre];
    const p = sigmoid(a * z + b);
    return Number.isFinite(p) ? Math.round(p * 1000) / 1000 : 0;
  }
}

/* Weights file: JSON with the options, bias, calibration, and the weights quantised to signed
   16-bit integers (value = q · scale), little-endian, base64. Decoding does not rely on Buffer so
   that the engine stays plain TypeScript. */

export interface WeightsFile {
  format: "claimdesk-detector/1";
  features: FeatureOptions;
  bias: number;
  calibration: Record<Genre, Calibration>;
  scale: number;
  weights: string;
  speechThreshold?: number;
  /** Free-form notes written by the training script: data, options, measured figures. */
  trained?: Record<string, unknown>;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += B64[(n >> 18) & 63]! + B64[(n >> 12) & 63]! + B64[(n >> 6) & 63]! + B64[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] ?? 0) << 16;
    out += `${B64[(n >> 18) & 63]!}${B64[(n >> 12) & 63]!}==`;
  } else if (rest === 2) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8);
    out += `${B64[(n >> 18) & 63]!}${B64[(n >> 12) & 63]!}${B64[(n >> 6) & 63]!}=`;
  }
  return out;
}

/**
 * The bytes of base64 text, characters outside the alphabet (padding, line breaks) ignored. The
 * platform's `atob` decodes the 700 kB of weights in a millisecond where a loop of our own took
 * 10-20 ms at start-up, before the loop was compiled; a lone character left after the last full
 * group carries no whole byte and is dropped, as `atob` would refuse it.
 */
function decodeBase64(s: string): Uint8Array {
  const binary = decodesAsItStands(s) ?? atobIgnoringOthers(s);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/**
 * What `atob` makes of the text as it stands, or null when it refuses it. A weights file as
 * encodeBase64 writes it is accepted, and then decodes to the same bytes as its alphabet's
 * characters alone: cleaning it first cost a pattern's pass over 700 kB at start-up.
 */
function decodesAsItStands(s: string): string | null {
  try {
    return atob(s);
  } catch {
    return null;
  }
}

function atobIgnoringOthers(s: string): string {
  const clean = s.replace(/[^A-Za-z0-9+/]/g, "");
  return atob(clean.length % 4 === 1 ? clean.slice(0, -1) : clean);
}

/** Rounds a number to 6 significant digits so the file is the same bytes on every run. */
function tidy(x: number): number {
  return Number(x.toPrecision(6));
}

/**
 * Weights as signed 16-bit integers times one scale (the largest weight maps to 32767), written
 * little-endian in base64: the form of both weights files, the detector's and the type model's.
 */
export function encodeWeights16(weights: ArrayLike<number>): { scale: number; weights: string } {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]!));
  const scale = tidy(max > 0 ? max / 32767 : 1);
  const bytes = new Uint8Array(weights.length * 2);
  for (let i = 0; i < weights.length; i++) {
    const q = Math.max(-32767, Math.min(32767, Math.round(weights[i]! / scale)));
    bytes[2 * i] = q & 255;
    bytes[2 * i + 1] = (q >> 8) & 255;
  }
  return { scale, weights: encodeBase64(bytes) };
}

/** The `size` signed 16-bit integers of `encodeWeights16`'s text (zeros past its end). */
export function decodeWeights16(text: string, size: number): Int16Array {
  const bytes = decodeBase64(text);
  const values = new Int16Array(size);
  for (let i = 0; i < size && 2 * i + 1 < bytes.length; i++) {
    const q = (bytes[2 * i] ?? 0) | ((bytes[2 * i + 1] ?? 0) << 8);
    values[i] = q >= 32768 ? q - 65536 : q;
  }
  return values;
}

export function encodeModel(model: DetectorModel, trained?: Record<string, unknown>): WeightsFile {
  const { scale, weights } = encodeWeights16(model.weights);
  return {
    format: "claimdesk-detector/1",
    features: { ...model.features, charGrams: [...model.features.charGrams] },
    bias: tidy(model.bias),
    calibration: {
      news: { a: tidy(model.calibration.news.a), b: tidy(model.calibration.news.b) },
      speech: { a: tidy(model.calibration.speech.a), b: tidy(model.calibration.speech.b) },
    },
    scale,
    weights,
    ...(model.speechThreshold === undefined ? {} : { speechThreshold: model.speechThreshold }),
    ...(trained ? { trained } : {}),
  };
}

export function decodeModel(file: WeightsFile): DetectorModel {
  const features: FeatureOptions = { ...DEFAULT_FEATURE_OPTIONS, ...file.features };
  const size = 1 << features.bits;
  // The file's 16-bit integers are kept for scoring (QuantisedWeights); each float weight is the
  // float32 of its integer times the scale, the very number the scorer computes from it.
  const values = decodeWeights16(file.weights, size);
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i++) weights[i] = values[i]! * file.scale;
  const calibration = { news: file.calibration?.news ?? { a: 1, b: 0 }, speech: file.calibration?.speech ?? { a: 1, b: 0 } };
  return {
    features,
    weights,
    quantised: { values, scale: file.scale },
    bias: file.bias,
    calibration,
    ...(file.speechThreshold === undefined ? {} : { speechThreshold: file.speechThreshold }),
  };
}

/** Quantises a model the way its weights file does, so a model in memory scores exactly like its file. */
export function roundTrip(model: DetectorModel): DetectorModel {
  return decodeModel(encodeModel(model));
}
