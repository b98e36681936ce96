import { z } from "zod";

export const linkInputSchema = z.object({
  targetClaimId: z.string({ error: "targetClaimId is required" }).trim().min(1, "targetClaimId is required").max(100),
  /** The claim version the user saw; a change since then is a conflict rather than a silent overwrite. */
  version: z.coerce.number().int().positive().optional(),
});

/** What a reviewer says two claims are; the related score only suggests it. */
export const LINK_KINDS = ["same_claim", "same_figure", "related"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
export const LINK_KIND_LABELS: Record<LinkKind, string> = {
  same_claim: "Same claim",
  same_figure: "Same figure restated",
  related: "Related",
};

/**
 * `POST /api/v1/claims/{id}/links`: a link of any kind, or `not_related`. A "same claim" link reuses
 * the other claim's approved check unless `reuse` is false; the other kinds only record the link.
 */
export const linkKindInputSchema = linkInputSchema.extend({
  kind: z.enum(LINK_KINDS, { error: `kind must be one of: ${LINK_KINDS.join(", ")}` }),
});

export const linkRequestSchema = linkInputSchema.extend({
  kind: z.enum([...LINK_KINDS, "not_related"], { error: `kind must be one of: ${[...LINK_KINDS, "not_related"].join(", ")}` }),
  reuse: z.boolean({ error: "reuse must be true or false" }).optional(),
});

/** A reviewer's correction of a claim's figure group: an existing group, a new one by label, none, or back to automatic. */
export const figureGroupChoiceSchema = z.union([
  z.object({ groupId: z.string().trim().min(1).max(100) }),
  z.object({ groupId: z.null() }),
  z.object({ newGroupLabel: z.string().trim().min(3, "name the group").max(120) }),
  z.object({ automatic: z.literal(true) }),
]);

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "use YYYY-MM-DD").refine((value) => !Number.isNaN(Date.parse(value)), "not a date");

/** A group's timeline narrowed to a date range (both ends included) and one page of its table. */
export const figureTimelineQuerySchema = z
  .object({
    from: z.preprocess((value) => (value === "" ? undefined : value), isoDay.optional()),
    to: z.preprocess((value) => (value === "" ? undefined : value), isoDay.optional()),
    page: z.coerce.number().int().min(1).max(10_000).default(1),
  })
  .refine((query) => !query.from || !query.to || query.from <= query.to, { message: "from must not be after to", path: ["from"] });
export type FigureTimelineQuery = z.output<typeof figureTimelineQuerySchema>;

/** Filters of the group list: by claim type and period ("level" for groups without one). */
export const figureGroupListQuerySchema = z.object({
  type: z.enum(["casualties", "territory", "military", "aid", "economic", "humanitarian", "event", "other"]).optional(),
  period: z.enum(["day", "week", "month", "year", "cumulative", "level"]).optional(),
});
export type FigureGroupListQuery = z.output<typeof figureGroupListQuerySchema>;
