import { z } from "zod";

export const linkInputSchema = z.object({
  targetClaimId: z.string({ error: "targetClaimId is required" }).trim().min(1, "targetClaimId is required").max(100),
  /** The claim version the user saw; a change since then is a conflict rather than a silent overwrite. */
  version: z.coerce.number().int().positive().optional(),
});

/** A reviewer's correction of a claim's figure group: an existing group, a new one by label, none, or back to automatic. */
export const figureGroupChoiceSchema = z.union([
  z.object({ groupId: z.string().trim().min(1).max(100) }),
  z.object({ groupId: z.null() }),
  z.object({ newGroupLabel: z.string().trim().min(3, "name the group").max(120) }),
  z.object({ automatic: z.literal(true) }),
]);
