import { z } from "zod";

export const TAG_NAME_MAX = 40;
export const TAGS_PER_CLAIM_MAX = 20;

/** Spaces are folded so "Kharkiv  strike " and "Kharkiv strike" are one tag. */
export const tagNameSchema = z
  .string()
  .transform((value) => value.replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, "Name the tag").max(TAG_NAME_MAX, `A tag name has at most ${TAG_NAME_MAX} characters`));

export const tagCreateSchema = z.object({ name: tagNameSchema });
export const tagRenameSchema = z.object({ name: tagNameSchema });

/** The complete set of tags a claim should carry; ticking boxes on a form posts it whole. */
export const claimTagsSchema = z.object({
  tagIds: z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string().min(1).max(64)).max(TAGS_PER_CLAIM_MAX, `At most ${TAGS_PER_CLAIM_MAX} tags on a claim`)),
});
