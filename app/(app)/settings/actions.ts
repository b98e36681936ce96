"use server";

import { revalidatePath } from "next/cache";
import { NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { setViewersMayComment } from "@/lib/server/comments/comment-settings";
import { runAction, type ActionState } from "@/lib/server/http/action";
import { saveNotificationKindsOff } from "@/lib/server/notifications/preferences";

/** The form lists the kinds the user wants; everything not ticked is turned off. */
export async function saveNotificationSettingsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const on = new Set(form.getAll("on").map(String));
  const state = await runAction(async (actor) => {
    await saveNotificationKindsOff(actor, { off: NOTIFICATION_KINDS.filter((kind) => !on.has(kind)) });
    return "Saved";
  });
  if (state?.ok) revalidatePath("/settings");
  return state;
}

export async function viewerCommentsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const state = await runAction(async (actor) => {
    const allow = await setViewersMayComment({ allow: form.get("allow") === "on" }, actor);
    return allow ? "Viewers may comment" : "Viewers read comments only";
  });
  if (state?.ok) revalidatePath("/", "layout");
  return state;
}
