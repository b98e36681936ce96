import type { ClaimType } from "../types";

/** What the type model reads of a claim: its clause, its figures' units and what the rules made of it. */
export interface TypeInput {
  clause: string;
  units: readonly (string | null)[];
  givingContext?: boolean;
  tradeContext?: boolean;
  /** The rules' score per type (classify.ts), zero for types they did not see. */
  ruleScores: Readonly<Partial<Record<ClaimType, number>>>;
  /** The rules' answer. */
  ruleType: ClaimType;
}

export interface TypeFeatureSink {
  add(bucket: number, value: number): void;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

function hash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Kinds of unit, so that "soldiers" and "troops" share what they say about a claim's type. */
const UNIT_CLASSES: [string, RegExp][] = [
  ["people", /^(?:people|persons?|civilians?|soldiers?|troops|servicemen|children|men|women|residents|citizens|fighters|prisoners|pows|bodies|victims|mercenaries|personnel|officers|medics|journalists|deaths|casualties|dead|wounded)$/],
  ["arms", /^(?:tanks|aircraft|planes|jets|helicopters|drones|missiles|rockets|shells|vehicles|guns|howitzers|launchers|systems|ships|vessels|warships|boats|rounds|munitions|bombs|weapons|brigades|battalions|units|sorties|strikes|attacks|assaults)$/],
  ["shelter", /^(?:refugees|homes|houses|buildings|apartments|schools|hospitals|clinics|ambulances|families|households|shelters|evacuees|displaced)$/],
  ["money", /^(?:USD|EUR|GBP|UAH|RUB|AUD|CAD|CHF|JPY|CNY|PLN)$/],
  ["percent", /^percent$/],
  ["share", /^share$/],
  ["area", /^(?:km2|mi2|km|miles|hectares)$/],
  ["mass", /^(?:tonnes|tons|barrels|bcm)$/],
];

function unitClass(unit: string): string {
  for (const [name, re] of UNIT_CLASSES) if (re.test(unit)) return name;
  return "thing";
}

/**
 * Visits the features of a claim, each as a hashed bucket (mod 2^bits) with a value: the words and
 * word pairs of its clause (numbers folded to "0"), its units and their kinds, the sentence's giving
 * and trade context, and the rules' answer and scores. Linear in the clause's length.
 */
export const TYPE_FEATURE_KNOBS = { ruleWeight: 5, scoreScale: 5, bigrams: 1, words: 1 };

export function visitTypeFeatures(input: TypeInput, bits: number, sink: TypeFeatureSink): void {
  const mask = (1 << bits) - 1;
  const add = (key: string, value = 1): void => sink.add(hash(key) & mask, value);
  add("bias");
  const words = input.clause.toLowerCase().replace(/\d+(?:[.,]\d+)*/g, "0").match(/[a-z0]+/g) ?? [];
  let previous = "^";
  for (const w of words) {
    if (TYPE_FEATURE_KNOBS.words) add(`w:${w}`);
    if (TYPE_FEATURE_KNOBS.bigrams) add(`b:${previous} ${w}`);
    previous = w;
  }
  let units = 0;
  for (const unit of input.units) {
    if (unit === null) continue;
    if (units++ === 0) {
      add(`u1:${unit}`);
      add(`uc1:${unitClass(unit)}`);
    }
    add(`uc:${unitClass(unit)}`);
  }
  if (units === 0) add(input.units.length > 0 ? "u:bare" : "u:none");
  if (input.givingContext) add("ctx:giving");
  if (input.tradeContext) add("ctx:trade");
  add(`rule:${input.ruleType}`, TYPE_FEATURE_KNOBS.ruleWeight);
  for (const [type, score] of Object.entries(input.ruleScores)) if (score !== undefined && score > 0) add(`rs:${type}`, Math.min(score, 15) / TYPE_FEATURE_KNOBS.scoreScale);
}
