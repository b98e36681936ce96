import { z } from "zod";

export const PRIORITIES = ["normal", "high", "urgent"] as const;
export type Priority = (typeof PRIORITIES)[number];

export const PRIORITY_LABELS: Record<Priority, string> = { normal: "Normal", high: "High", urgent: "Urgent" };

/** States in which a claim still waits for someone, so a passed due date makes it overdue. */
const WAITING = new Set(["new", "in_review", "returned", "proposed"]);

export function isOverdue(claim: { dueAt: Date | null; status: string }, now: Date): boolean {
  return claim.dueAt !== null && claim.dueAt.getTime() < now.getTime() && WAITING.has(claim.status);
}

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/**
 * A due date is a day (YYYY-MM-DD, due by the end of that day UTC) or an exact date-time; "none"
 * clears it. Leaving a field out leaves it as it is.
 */
const dueSchema = z.preprocess(
  blankToUndefined,
  z
    .union([
      z.literal("none").transform(() => null),
      z.iso.date().transform((day) => new Date(`${day}T23:59:59.999Z`)),
      z.iso.datetime({ offset: true }).transform((value) => new Date(value)),
    ], { error: "dueAt must be YYYY-MM-DD, an ISO date-time, or none" })
    .optional(),
);

const prioritySchema = z.preprocess(blankToUndefined, z.enum(PRIORITIES, { error: "priority must be normal, high or urgent" }).optional());

const scheduleFields = { priority: prioritySchema, dueAt: dueSchema };
const setsSomething = (value: { priority?: unknown; dueAt?: unknown }) => value.priority !== undefined || value.dueAt !== undefined;
const NOTHING_SET = { message: "Set a priority or a due date", path: ["priority"] };

export const scheduleSchema = z
  .object({ version: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).optional()), ...scheduleFields })
  .refine(setsSomething, NOTHING_SET);

/** What the API's `POST /articles/{id}/schedule` sends: the article is in the path. */
export const scheduleArticleBodySchema = z.object(scheduleFields).refine(setsSomething, NOTHING_SET);

export const scheduleArticleSchema = z.object({ articleId: z.string().min(1).max(100), ...scheduleFields }).refine(setsSomething, NOTHING_SET);
