import type { z } from "zod";
import { AppError, fieldErrors } from "./errors";

/** Parses untrusted input; a failure becomes a 400 with the errors per field. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("invalid", "Some fields are invalid", { fields: fieldErrors(parsed.error.issues) });
  }
  return parsed.data;
}
