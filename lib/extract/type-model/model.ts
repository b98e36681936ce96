import { CLAIM_TYPES, type ClaimType } from "../types";
import { type TypeInput, visitTypeFeatures } from "./features";

/** Multinomial logistic regression over hashed features: a weight per bucket and type. */
export interface TypeModel {
  bits: number;
  classes: readonly ClaimType[];
  /** bucket-major: weights[bucket * classes.length + k]. */
  weights: Float32Array;
}

/** The probability of each type for a claim, in the order of `model.classes`. */
export function typeProbabilities(model: TypeModel, input: TypeInput): Float64Array {
  const k = model.classes.length;
  const z = new Float64Array(k);
  const { weights } = model;
  visitTypeFeatures(input, model.bits, {
    add(bucket, value) {
      const base = bucket * k;
      for (let c = 0; c < k; c++) z[c] = (z[c] ?? 0) + (weights[base + c] ?? 0) * value;
    },
  });
  let max = -Infinity;
  for (let c = 0; c < k; c++) max = Math.max(max, z[c] ?? 0);
  let sum = 0;
  for (let c = 0; c < k; c++) {
    const e = Math.exp((z[c] ?? 0) - max);
    z[c] = e;
    sum += e;
  }
  for (let c = 0; c < k; c++) z[c] = (z[c] ?? 0) / sum;
  return z;
}

/* Weights file: the weights quantised to signed 16-bit integers (value = q · scale), little-endian,
   base64, decoded without Buffer so that the engine stays plain TypeScript. */

export interface TypeWeightsFile {
  format: "claimdesk-type-model/1";
  bits: number;
  classes: ClaimType[];
  scale: number;
  weights: string;
  /** Notes written by the training script: data and options. */
  trained?: Record<string, unknown>;
}

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function encodeBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    out += B64[a >> 2];
    out += B64[((a & 3) << 4) | (b >> 4)];
    out += i + 1 < bytes.length ? B64[((b & 15) << 2) | (c >> 6)] : "=";
    out += i + 2 < bytes.length ? B64[c & 63] : "=";
  }
  return out;
}

function decodeBase64(s: string): Uint8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  const clean = s.replace(/=+$/, "");
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = lookup[clean.charCodeAt(i)] ?? -1;
    if (v < 0) continue;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

export function encodeTypeModel(model: TypeModel, trained?: Record<string, unknown>): TypeWeightsFile {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? Number((max / 32767).toPrecision(8)) : 1;
  const bytes = new Uint8Array(model.weights.length * 2);
  model.weights.forEach((w, i) => {
    const q = Math.max(-32767, Math.min(32767, Math.round(w / scale)));
    bytes[2 * i] = q & 0xff;
    bytes[2 * i + 1] = (q >> 8) & 0xff;
  });
  return { format: "claimdesk-type-model/1", bits: model.bits, classes: [...model.classes], scale, weights: encodeBase64(bytes), ...(trained ? { trained } : {}) };
}

export function decodeTypeModel(file: TypeWeightsFile): TypeModel {
  const bytes = decodeBase64(file.weights);
  const weights = new Float32Array(bytes.length / 2);
  for (let i = 0; i < weights.length; i++) {
    const q = (bytes[2 * i] ?? 0) | ((bytes[2 * i + 1] ?? 0) << 8);
    weights[i] = (q >= 0x8000 ? q - 0x10000 : q) * file.scale;
  }
  const classes = file.classes.filter((c): c is ClaimType => (CLAIM_TYPES as readonly string[]).includes(c));
  return { bits: file.bits, classes, weights };
}

/** The model as it will be after writing and reading its weights file (quantised). */
export function roundTripTypeModel(model: TypeModel): TypeModel {
  return decodeTypeModel(encodeTypeModel(model));
}
