"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionState } from "@/lib/server/http/action";
import { authorize } from "@/lib/server/auth/authz";
import { saveOrganisation } from "@/lib/server/settings/organisation";
import { setExtractionThreshold } from "@/lib/server/settings/extraction";

export async function saveOrganisationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    authorize(actor, "settings:manage");
    const organisation = await saveOrganisation({ name: form.get("name"), url: form.get("url") }, actor);
    revalidatePath("/admin/organisation");
    return `Published reviews now name ${organisation.name}`;
  });
}

export async function saveExtractionThresholdAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    authorize(actor, "settings:manage");
    const threshold = await setExtractionThreshold({ threshold: form.get("threshold") }, actor);
    revalidatePath("/admin/organisation");
    return `Imports and re-extraction now propose clauses with a probability of at least ${threshold}`;
  });
}
