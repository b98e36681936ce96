import type { z } from "zod";
import { fieldMessages, summarizeFields } from "@/lib/words/validation";
import { AppError } from "./errors";

/** Parses untrusted input; a failure becomes a 400 naming each field and what is wrong with it. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.infer<Schema> {
  // The input of each issue tells "missing" (required) from "wrong" (e.g. not a number).
  const parsed = schema.safeParse(input, { reportInput: true });
  if (!parsed.success) {
    const fields = fieldMessages(parsed.error.issues);
    throw new AppError("invalid", summarizeFields(fields), { fields });
  }
  return parsed.data;
}
