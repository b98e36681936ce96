import type { ClaimType, Span } from "../types";
import type { TypeInput } from "./features";
import { decodeTypeModel, predictType, type TypeModel, type TypeWeightsFile } from "./model";
import weightsFile from "./weights.json";

export { sentenceAround, type TypeInput, typeInputOf } from "./features";
export type { TypeModel } from "./model";

/**
 * Chooses a claim's type from what the engine read of it (`input`) and the rules' final type
 * (`rules`, carrying over included); `span` says which claim it is.
 */
export type ClaimTyper = (input: TypeInput, rules: ClaimType, span: Span) => ClaimType;

/** Keeps the rules' type: the engine as it was before the type model. */
export const typeByRules: ClaimTyper = (_input, rules) => rules;

/** Types every claim by `model`, in place of the rules (whose answer and scores it reads). */
export const typeByModel =
  (model: TypeModel): ClaimTyper =>
  (input) =>
    predictType(model, input);

let shipped: TypeModel | null = null;

/** The type model trained by `npm run train:claims`, decoded from its weights file on first use. */
export function shippedTypeModel(): TypeModel {
  shipped ??= decodeTypeModel(weightsFile as TypeWeightsFile);
  return shipped;
}

/** The engine's default: the shipped type model. */
export const typeByShippedModel: ClaimTyper = (input) => predictType(shippedTypeModel(), input);
