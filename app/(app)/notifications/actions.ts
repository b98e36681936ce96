"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionState } from "@/lib/server/http/action";
import { markNotificationsRead } from "@/lib/server/notifications/inbox";

export async function markReadAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const id = String(form.get("id") ?? "");
  const state = await runAction(async (actor) => {
    const { marked } = await markNotificationsRead(actor, id ? { ids: [id] } : { all: true });
    return id ? "Marked as read" : `${marked} marked as read`;
  });
  if (state?.ok) revalidatePath("/", "layout");
  return state;
}
