import { z } from "zod";

export const COMMENT_MAX_LENGTH = 10_000;

const body = z
  .string()
  .trim()
  .min(1, "Write something")
  .max(COMMENT_MAX_LENGTH, `A comment can be at most ${COMMENT_MAX_LENGTH.toLocaleString("en")} characters`);

export const commentCreateSchema = z.object({ body });
export const commentUpdateSchema = z.object({ body });
