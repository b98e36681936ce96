"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionState } from "@/lib/server/http/action";
import { authorize } from "@/lib/server/auth/authz";
import { LINK_KIND_LABELS } from "@/lib/search/schema";
import { linkClaim, markNotRelated, recordLink } from "@/lib/server/claims/related";

export async function linkRelatedAction(claimId: string, targetClaimId: string, _previous: ActionState, _form: FormData): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    authorize(actor, "verdict:propose");
    await linkClaim(claimId, { targetClaimId }, actor);
    return "Linked: the check was copied as a proposal for an editor to approve";
  });
  if (state?.ok) revalidatePath(`/claims/${claimId}`, "layout");
  return state;
}

export async function notRelatedAction(claimId: string, targetClaimId: string, _previous: ActionState, _form: FormData): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    authorize(actor, "claim:edit");
    await markNotRelated(claimId, { targetClaimId }, actor);
    return "Marked as not related";
  });
  if (state?.ok) revalidatePath(`/claims/${claimId}`, "layout");
  return state;
}

export async function linkAsAction(claimId: string, targetClaimId: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    const { kind } = await recordLink(claimId, { targetClaimId, kind: form.get("kind") }, actor);
    return `Linked as ${LINK_KIND_LABELS[kind].toLowerCase()}`;
  });
  if (state?.ok) revalidatePath(`/claims/${claimId}`, "layout");
  return state;
}
