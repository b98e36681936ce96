import type { z } from "zod";
import { findUnsafeText, UNSAFE_TEXT_MESSAGE } from "@/lib/text/unsafe-text";
import { fieldLabel, fieldMessages, summarizeFields } from "@/lib/words/validation";
import { AppError } from "./errors";

/**
 * Parses untrusted input; a failure becomes a 400 naming each field and what is wrong with it.
 * With a summary, the message starts with it (a list refusing `?type=weather` says it is the list's
 * filters that are wrong). Text PostgreSQL cannot store is refused here, naming its field, rather
 * than failing later in the database.
 */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown, summary?: string): z.infer<Schema> {
  const unsafe = findUnsafeText(input);
  if (unsafe) {
    const field = unsafe.map(String).join(".") || "_";
    throw new AppError("invalid", `${fieldLabel(unsafe)} ${UNSAFE_TEXT_MESSAGE}`, { fields: { [field]: [UNSAFE_TEXT_MESSAGE] } });
  }
  // The input of each issue tells "missing" (required) from "wrong" (e.g. not a number).
  const parsed = schema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const fields = fieldMessages(parsed.error.issues);
    const message = summary ? `${summary}: ${Object.values(fields).flat().join("; ")}` : summarizeFields(fields);
    throw new AppError("invalid", message, { fields });
  }
  return parsed.data;
}
