import { organisationSettingsChangeSchema } from "@/lib/settings/schema";
import type { Actor } from "../auth/actors";
import { authorize } from "../auth/authz";
import { parseInput } from "../http/validate";
import { extractionThreshold, setExtractionThreshold } from "./extraction";
import { getOrganisation, saveOrganisation } from "./organisation";

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
