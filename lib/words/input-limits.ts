import { z } from "zod";

export interface InputLimits {
  required?: true;
  maxLength?: number;
}

/** Looks through the wrappers a form field's schema carries (preprocess, optional, default, nullable). */
function inner(schema: z.ZodType): { schema: z.ZodType; optional: boolean } {
  let current = schema;
  let optional = false;
  for (;;) {
    if (current instanceof z.ZodPipe) current = current.out as z.ZodType;
    else if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
      optional = true;
      current = current.unwrap() as z.ZodType;
    } else return { schema: current, optional };
  }
}

/**
 * The `required` and `maxLength` attributes for a form input, read from the same schema the server
 * validates with, so the browser stops a user at the limit the server would refuse.
 */
export function inputLimits(schema: z.ZodObject, field: string): InputLimits {
  const shape = schema.shape[field];
  if (!shape) throw new Error(`the schema has no field "${field}"`);
  const { schema: base, optional } = inner(shape as z.ZodType);
  const limits: InputLimits = {};
  if (base instanceof z.ZodString) {
    if (base.maxLength !== null) limits.maxLength = base.maxLength;
    if (!optional && (base.minLength ?? 0) >= 1) limits.required = true;
  } else if (!optional) limits.required = true;
  return limits;
}
