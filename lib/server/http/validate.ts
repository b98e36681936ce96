import type { z } from "zod";
import { findUnsafeText, UNSAFE_TEXT_MESSAGE } from "@/lib/text/unsafe-text";
import { fieldLabel, fieldMessages, summarizeFields } from "@/lib/words/validation";
import { AppError } from "./errors";

/**
 * Parses untrusted input; a failure becomes a 400 naming each field and what is wrong with it.
 * Text PostgreSQL cannot store is refused here, naming its field, rather than failing later in the database.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  const unsafe = findUnsafeText(input);
  if (unsafe) {
    const field = unsafe.map(String).join(".") || "_";
    throw new AppError("invalid", `${fieldLabel(unsafe)} ${UNSAFE_TEXT_MESSAGE}`, { fields: { [field]: [UNSAFE_TEXT_MESSAGE] } });
  }
  // The input of each issue tells "missing" (required) from "wrong" (e.g. not a number).
  const parsed = schema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const fields = fieldMessages(parsed.error.issues);
    throw new AppError("invalid", summarizeFields(fields), { fields });
  }
  return parsed.data;
}
