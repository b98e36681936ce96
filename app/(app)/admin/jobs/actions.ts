"use server";

import { revalidatePath } from "next/cache";
import { requestReextractAll } from "@/lib/server/articles/reextract-all";
import { runAction, type ActionState } from "@/lib/server/http/action";
import { authorize } from "@/lib/server/auth/authz";
import { retryJob } from "@/lib/server/jobs/admin";

export async function retryJobAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    authorize(actor, "settings:manage");
    await retryJob({ id: form.get("id"), name: form.get("name") }, actor);
    revalidatePath("/admin/jobs");
    return "Queued again";
  });
}

export async function reextractAllAction(): Promise<ActionState> {
  return runAction(async (actor) => {
    authorize(actor, "article:reextract");
    const run = await requestReextractAll(actor);
    revalidatePath("/admin/jobs");
    return `Re-extraction of ${run.total} articles queued`;
  });
}
