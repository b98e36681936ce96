"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionState } from "@/lib/server/http/action";
import { authorize } from "@/lib/server/auth/authz";
import { setClaimFigureGroup } from "@/lib/server/figures/figure-groups";

/** The select sends a group id, "none", "automatic", or "new" with a label. */
export async function setGroupAction(claimId: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    authorize(actor, "claim:edit");
    const choice = String(form.get("group") ?? "");
    const input =
      choice === "automatic" ? { automatic: true } : choice === "none" ? { groupId: null } : choice === "new" ? { newGroupLabel: form.get("label") } : { groupId: choice };
    await setClaimFigureGroup(claimId, input, actor);
    return "Group corrected";
  });
  revalidatePath("/figures", "layout");
  return state;
}
