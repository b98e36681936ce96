"use server";

import { revalidatePath } from "next/cache";
import { runAction, type ActionState } from "@/lib/server/http/action";
import { setArticleArchived } from "@/lib/server/articles/archive";

export async function archiveArticleAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  const archived = form.get("archived") === "true";
  const state = await runAction(async (actor) => {
    await setArticleArchived(String(form.get("articleId") ?? ""), { archived }, actor);
    return archived ? "Archived: the article is no longer in lists or search" : "Back in lists and search";
  });
  if (state?.ok) revalidatePath("/", "layout");
  return state;
}
