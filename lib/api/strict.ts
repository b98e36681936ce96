import { z } from "zod";

/**
 * The same schema, refusing fields it does not name, at every depth (objects in lists and in other
 * objects too). The forms post whatever their markup holds, so the shared schemas tolerate extra
 * keys; an API client instead learns of a misspelt field at once rather than having it ignored.
 * Refinements are kept: the schema is cloned with a new shape, never rebuilt.
 */
export function refusingUnknownFields<Schema extends z.ZodType>(schema: Schema): Schema {
  return strictened(schema) as Schema;
}

function strictened(schema: z.ZodType): z.ZodType {
  if (schema instanceof z.ZodObject) {
    const shape = Object.fromEntries(Object.entries(schema.shape).map(([key, field]) => [key, strictened(field as z.ZodType)]));
    return schema.clone({ ...schema._zod.def, shape, catchall: z.never() });
  }
  if (schema instanceof z.ZodUnion) return schema.clone({ ...schema._zod.def, options: schema.options.map((option) => strictened(option as z.ZodType)) });
  if (schema instanceof z.ZodArray) return schema.clone({ ...schema._zod.def, element: strictened(schema.element as z.ZodType) });
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return schema.clone({ ...schema._zod.def, innerType: strictened(schema._zod.def.innerType as z.ZodType) } as never);
  }
  // Preprocessing (a transform, then the schema) or a transform after the schema.
  if (schema instanceof z.ZodPipe) {
    return schema.clone({ ...schema._zod.def, in: strictened(schema._zod.def.in as z.ZodType), out: strictened(schema._zod.def.out as z.ZodType) });
  }
  return schema;
}
