import { z } from "zod";

/** The inbox a page at a time, newest first; `unread=1` for the unread only. */
export const inboxQuerySchema = z.object({
  unread: z.enum(["0", "1", "true", "false"]).optional().transform((value) => value === "1" || value === "true"),
  cursor: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});

/** Some notifications by id, or all of them. */
export const markReadSchema = z.union([
  z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(500) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
