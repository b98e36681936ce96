import { z } from "zod";
import { organisationSchema } from "@/lib/export/organisation";
import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { parseInput } from "../http/validate";
import { extractionThreshold, setExtractionThreshold, thresholdSchema } from "./extraction";
import { getOrganisation, saveOrganisation } from "./organisation";

/** The organisation page's settings as the API changes them: either or both. */
export const organisationSettingsChangeSchema = z
  .object({ organisation: organisationSchema.optional(), extractionThreshold: thresholdSchema.shape.threshold.optional() })
  .refine((change) => change.organisation !== undefined || change.extractionThreshold !== undefined, {
    message: "Send organisation, extractionThreshold or both",
    path: ["_"],
  });

/** The publishing organisation (null until set) and the claim detector's threshold. */
export async function getOrganisationSettings(actor: Actor | null) {
  authorize(actor, "settings:manage");
  return { organisation: await getOrganisation(), extractionThreshold: await extractionThreshold() };
}

/** Each setting is saved and audited as the organisation page saves it. */
export async function changeOrganisationSettings(input: unknown, actor: Actor | null) {
  authorize(actor, "settings:manage");
  const change = parseInput(organisationSettingsChangeSchema, input);
  if (change.organisation) await saveOrganisation(change.organisation, actor);
  if (change.extractionThreshold !== undefined) await setExtractionThreshold({ threshold: change.extractionThreshold }, actor);
  return getOrganisationSettings(actor);
}
