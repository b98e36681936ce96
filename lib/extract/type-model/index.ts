import { decodeTypeModel, type TypeModel, type TypeWeightsFile } from "./model";
import weightsFile from "./weights.json";

export type { TypeModel } from "./model";

let shipped: TypeModel | null = null;

/** The type model trained by `npm run train:claims`, decoded from its weights file on first use. */
export function shippedTypeModel(): TypeModel {
  shipped ??= decodeTypeModel(weightsFile as TypeWeightsFile);
  return shipped;
}
