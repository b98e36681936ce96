import type { Candidate } from "./features";
import { decodeModel, Detector, type WeightsFile } from "./model";
import weightsFile from "./weights.json";

export type { Candidate } from "./features";
export { Detector } from "./model";

/** Scores a candidate clause: the probability that it is a check-worthy claim. */
export type ClauseScorer = (candidate: Candidate) => number;

let shipped: Detector | null = null;

/** The detector trained by `npm run train:claims`, decoded from its weights file on first use. */
export function shippedDetector(): Detector {
  shipped ??= new Detector(decodeModel(weightsFile as WeightsFile));
  return shipped;
}

export const scoreCandidate: ClauseScorer = (candidate) => shippedDetector().score(candidate);
