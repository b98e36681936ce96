import { z } from "zod";

/**
 * The same schema, refusing fields it does not name. The forms post whatever their markup holds, so
 * the shared schemas tolerate extra keys; an API client instead learns of a misspelt field at once
 * rather than having it silently ignored.
 */
export function refusingUnknownFields<Schema extends z.ZodType>(schema: Schema): Schema {
  if (schema instanceof z.ZodObject) return schema.strict() as unknown as Schema;
  if (schema instanceof z.ZodUnion) return z.union(schema.options.map((option) => refusingUnknownFields(option as z.ZodType))) as unknown as Schema;
  return schema;
}
