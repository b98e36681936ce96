import type { z } from "zod";
import { findUnsafeText, UNSAFE_TEXT_MESSAGE } from "@/lib/text/unsafe-text";
import { AppError, fieldErrors } from "./errors";

/**
 * Parses untrusted input; a failure becomes a 400 with the errors per field. Text PostgreSQL
 * cannot store is refused here, naming its field, rather than failing later in the database.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const unsafe = findUnsafeText(input);
  if (unsafe) {
    const field = unsafe.map(String).join(".") || "_";
    throw new AppError("invalid", `${field} ${UNSAFE_TEXT_MESSAGE}`, { fields: { [field]: [UNSAFE_TEXT_MESSAGE] } });
  }
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("invalid", "Some fields are invalid", { fields: fieldErrors(parsed.error.issues) });
  }
  return parsed.data;
}
