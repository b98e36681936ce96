"use server";

import { revalidatePath } from "next/cache";
import { authorize } from "@/lib/server/auth/authz";
import { createFeed, setFeedEnabled } from "@/lib/server/feeds/feeds";
import { runAction, type ActionState } from "@/lib/server/http/action";

export async function createFeedAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    authorize(actor, "settings:manage");
    const feed = await createFeed({ url: form.get("url"), outlet: form.get("outlet"), intervalMinutes: form.get("intervalMinutes"), enabled: true }, actor);
    revalidatePath("/admin/feeds");
    return `Added ${feed.url}; it is polled within a minute`;
  });
}

export async function toggleFeedAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    authorize(actor, "settings:manage");
    const feed = await setFeedEnabled(String(form.get("feedId") ?? ""), { enabled: form.get("enabled") === "true" }, actor);
    revalidatePath("/admin/feeds");
    return feed.enabled ? "Turned on" : "Turned off";
  });
}
