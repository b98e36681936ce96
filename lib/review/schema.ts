import { z } from "zod";
import { CLAIM_TYPES, DIRECTIONS, FIGURE_KINDS, PERIODS, QUALIFIERS } from "@/lib/extract";
import { parseFigureLines } from "./figures";

// Forms send "" for an untouched optional field; the API may omit it. Both mean "not given".
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());
const requiredText = (name: string, max: number) =>
  z.string({ error: `${name} is required` }).trim().min(1, `${name} is required`).max(max, `${name} is longer than ${max} characters`);
const httpUrl = (name: string) => z.url({ protocol: /^https?$/, error: `${name} must be an http(s) address` });
const id = (name: string) => z.string({ error: `${name} is required` }).min(1, `${name} is required`);

/** The version of the claim the user saw; a change based on an older one is refused as a conflict. */
export const versionSchema = z.coerce.number({ error: "version is required" }).int().min(1, "version is required");
const optionalVersion = z.preprocess(blankToUndefined, versionSchema.optional());
const offset = (name: string) => z.coerce.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`);

export const claimTypeSchema = z.enum(CLAIM_TYPES, { error: `type must be one of: ${CLAIM_TYPES.join(", ")}` });

const nullableNumber = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  z.number({ error: "must be a number" }).finite().nullable(),
);
export const figureInputSchema = z.object({
  text: requiredText("figure text", 200),
  value: nullableNumber,
  unit: z.preprocess((value) => (value === "" || value === undefined ? null : value), z.string().trim().max(60).nullable()),
  qualifier: z.preprocess(
    (value) => (value === "" || value === undefined ? null : value),
    z.enum(QUALIFIERS, { error: `qualifier must be one of: ${QUALIFIERS.join(", ")}` }).nullable(),
  ),
  low: nullableNumber.optional(),
  high: nullableNumber.optional(),
  kind: z.enum(FIGURE_KINDS).optional(),
  direction: z.enum(DIRECTIONS).nullable().optional(),
  period: z.enum(PERIODS).nullable().optional(),
  refDate: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "refDate must be YYYY, YYYY-MM or YYYY-MM-DD").nullable().optional(),
});
export type FigureInput = z.output<typeof figureInputSchema>;

const figuresSchema = z.preprocess(
  (value) => (typeof value === "string" ? parseFigureLines(value) : value),
  z.array(figureInputSchema).max(50),
);

const speakerSchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : value),
  z.string().trim().max(200).nullable(),
);

export const claimEditSchema = z
  .object({
    version: versionSchema,
    statement: requiredText("statement", 2000).optional(),
    type: claimTypeSchema.optional(),
    speaker: speakerSchema.optional(),
    start: z.preprocess(blankToUndefined, offset("start").optional()),
    end: z.preprocess(blankToUndefined, offset("end").optional()),
    figures: figuresSchema.optional(),
  })
  .refine((edit) => (edit.start === undefined) === (edit.end === undefined), { message: "start and end change together", path: ["end"] })
  .refine(
    (edit) => [edit.statement, edit.type, edit.speaker, edit.start, edit.figures].some((field) => field !== undefined),
    { message: "Nothing to change: send statement, type, speaker, start and end, or figures", path: ["_"] },
  );
export type ClaimEdit = z.output<typeof claimEditSchema>;

export const claimCreateSchema = z.object({
  articleId: id("articleId"),
  start: offset("start"),
  end: offset("end"),
  type: claimTypeSchema.default("other"),
  statement: optionalText(2000),
  speaker: speakerSchema.optional(),
});

export const splitSchema = z.object({ version: versionSchema, at: offset("at") });
export const mergeSchema = z.object({ version: versionSchema, otherId: id("otherId"), otherVersion: versionSchema });

export const assignSchema = z.object({ version: optionalVersion, userId: id("userId") });
export const assignArticleSchema = z.object({ articleId: id("articleId"), userId: id("userId") });
export const versionOnlySchema = z.object({ version: optionalVersion });
export const reasonSchema = z.object({ version: optionalVersion, reason: requiredText("reason", 2000) });

export const STANCES = ["supports", "refutes", "context"] as const;
export const stanceSchema = z.enum(STANCES, { error: "stance must be supports, refutes or context" });

const sourceFields = {
  url: httpUrl("url"),
  title: optionalText(500),
  publisher: optionalText(200),
  excerpt: optionalText(5000),
  stance: stanceSchema,
  publishedAt: z.preprocess(blankToUndefined, z.coerce.date({ error: "publishedAt is not a valid date" }).optional()),
  archivedUrl: z.preprocess(blankToUndefined, httpUrl("archivedUrl").optional()),
};
export const sourceCreateSchema = z.object({ version: optionalVersion, ...sourceFields });
export const sourceUpdateSchema = z.object({ version: optionalVersion, ...sourceFields });

export const verdictProposeSchema = z.object({
  version: optionalVersion,
  rating: id("rating"),
  rationale: requiredText("rationale", 10_000),
});
export const verdictReturnSchema = z.object({ version: optionalVersion, note: requiredText("note", 5000) });

export const ratingCreateSchema = z.object({
  key: z.string({ error: "key is required" }).trim().regex(/^[a-z][a-z0-9_]{0,39}$/, "key is lower case letters, digits and _"),
  label: requiredText("label", 60),
  value: z.coerce.number({ error: "value must be a number" }).int("value must be a whole number").min(-100).max(100),
});
export const ratingUpdateSchema = ratingCreateSchema.extend({
  active: z.preprocess((value) => value === true || value === "true" || value === "on", z.boolean()),
});
export const ratingMoveSchema = z.object({ key: id("key"), direction: z.enum(["up", "down"]) });

/**
 * The whole scale in display order, as the API replaces it: each rating is created or updated by
 * key; a rating left out is retired (old verdicts keep it), never deleted.
 */
export const ratingScaleSchema = z.object({
  ratings: z
    .array(ratingCreateSchema.extend({ active: z.boolean({ error: "active must be true or false" }).default(true) }))
    .min(1, "The scale needs at least one rating")
    .max(100)
    .refine((ratings) => new Set(ratings.map((rating) => rating.key)).size === ratings.length, "Each key appears once"),
});
