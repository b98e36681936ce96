import type { z } from "zod";
import { AppError, fieldErrors } from "./errors";

/**
 * Parses untrusted input; a failure becomes a 400 with the errors per field. With a summary, the
 * message also names the fields, so a list refusing `?type=weather` says which parameter is wrong.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, summary?: string): z.infer<Schema> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fields = fieldErrors(parsed.error.issues);
    const message = summary ? `${summary}: ${Object.values(fields).flat().join("; ")}` : "Some fields are invalid";
    throw new AppError("invalid", message, { fields });
  }
  return parsed.data;
}
