"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionState } from "@/lib/server/http/action";
import { authorize } from "@/lib/server/auth/authz";
import { setPrivateUrlsAllowed } from "@/lib/server/imports/import-settings";

export async function setPrivateUrlsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  return runAction(async (actor) => {
    authorize(actor, "settings:manage");
    const allow = await setPrivateUrlsAllowed({ allow: form.get("allow") === "true" }, actor);
    revalidatePath("/articles/new");
    return allow ? "URL import may now reach private and local addresses" : "URL import refuses private and local addresses";
  });
}
