import { z } from "zod";
import { organisationSchema } from "@/lib/export/organisation";

/** The range an admin may set the claim detector's threshold in. */
export const THRESHOLD_MIN = 0.05;
export const THRESHOLD_MAX = 0.95;

export const thresholdSchema = z.object({ threshold: z.coerce.number().min(THRESHOLD_MIN).max(THRESHOLD_MAX) });

/** The organisation page's settings as the API changes them: either or both. */
export const organisationSettingsChangeSchema = z
  .object({ organisation: organisationSchema.optional(), extractionThreshold: thresholdSchema.shape.threshold.optional() })
  .refine((change) => change.organisation !== undefined || change.extractionThreshold !== undefined, {
    message: "Send organisation, extractionThreshold or both",
    path: ["_"],
  });
